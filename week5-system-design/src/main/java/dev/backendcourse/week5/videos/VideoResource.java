package dev.backendcourse.week5.videos;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.storage.ObjectStorage;
import dev.backendcourse.kit.storage.PresignedRequest;
import dev.backendcourse.kit.storage.StoredObject;
import dev.backendcourse.week5.accounts.Account;
import dev.backendcourse.week5.accounts.Authenticator;
import dev.backendcourse.week5.videos.VideoRequests.CreatedVideo;
import dev.backendcourse.week5.videos.VideoRequests.NewThumbnail;
import dev.backendcourse.week5.videos.VideoRequests.NewVideo;
import dev.backendcourse.week5.videos.VideoRequests.VideoChanges;
import dev.backendcourse.week5.videos.VideoRequests.VideoPage;

/**
 * The video routes. Metadata goes through this backend. The bytes go between the client and the object store
 * through presigned URLs that this class signs, so no video byte passes through the backend.
 */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {

    private static final Logger log = LoggerFactory.getLogger(VideoResource.class);

    /** How long a client has to start an upload, and to start a download, after asking for the URL. */
    public static final Duration UPLOAD_URL_VALIDITY = Duration.ofMinutes(15);
    public static final Duration DOWNLOAD_URL_VALIDITY = Duration.ofHours(1);

    private final VideoCatalog catalog;
    private final ObjectStorage storage;
    private final Authenticator authenticator;

    public VideoResource(VideoCatalog catalog, ObjectStorage storage, Authenticator authenticator) {
        this.catalog = catalog;
        this.storage = storage;
        this.authenticator = authenticator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @NotNull @Valid NewVideo request, @Context UriInfo uri) throws SQLException {
        Account owner = authenticator.authenticate(authorization);

        CreatedVideo created = startUpload(owner, request);

        URI location = uri.getBaseUriBuilder().path("videos").path(created.video().id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    public VideoPage list(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") Cursor cursor,
            @QueryParam("owner") UUID owner) throws SQLException {
        // One row more than the page shows whether another page follows, without a COUNT query.
        List<Video> videos = catalog.page(owner, cursor, limit + 1);

        boolean hasMore = videos.size() > limit;
        List<Video> page = hasMore ? videos.subList(0, limit) : videos;
        String nextCursor = hasMore ? Cursor.after(page.get(page.size() - 1)).encode() : null;
        return new VideoPage(page.stream().map(this::toView).toList(), nextCursor);
    }

    @GET
    @Path("/{video_id}")
    public VideoView read(@PathParam("video_id") UUID id) throws SQLException {
        return toView(findVideo(id));
    }

    @PATCH
    @Path("/{video_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VideoView update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("video_id") UUID id, @NotNull @Valid VideoChanges changes) throws SQLException {
        Account account = authenticator.authenticate(authorization);
        requireOwner(findVideo(id), account);

        String title = changes.title() == null ? null : changes.title().strip();
        Video updated = catalog.update(id, title, changes.description()).orElseThrow(() -> videoNotFound(id));
        return toView(updated);
    }

    @DELETE
    @Path("/{video_id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("video_id") UUID id) throws SQLException {
        Account account = authenticator.authenticate(authorization);
        Video video = findVideo(id);
        requireOwner(video, account);

        if (!catalog.delete(id)) {
            throw videoNotFound(id);
        }
        deleteObjects(video);
        return Response.noContent().build();
    }

    /** Marks the video {@code ready} once its bytes are in the store with the declared size and content type; no body. */
    @POST
    @Path("/{video_id}/complete")
    public VideoView complete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("video_id") UUID id) throws SQLException {
        Account account = authenticator.authenticate(authorization);
        Video video = findVideo(id);
        requireOwner(video, account);

        return toView(completeUpload(video));
    }

    @POST
    @Path("/{video_id}/thumbnail")
    @Consumes(MediaType.APPLICATION_JSON)
    public PresignedRequest createThumbnail(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("video_id") UUID id, @NotNull @Valid NewThumbnail request) throws SQLException {
        Account account = authenticator.authenticate(authorization);
        requireOwner(findVideo(id), account);

        return startThumbnailUpload(id, request);
    }

    @POST
    @Path("/{video_id}/thumbnail/complete")
    public VideoView completeThumbnail(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("video_id") UUID id) throws SQLException {
        Account account = authenticator.authenticate(authorization);
        Video video = findVideo(id);
        requireOwner(video, account);

        return toView(completeThumbnailUpload(video));
    }

    /** Stores the metadata with status {@code uploading} and signs a {@code PUT} of the bytes to the object store. */
    private CreatedVideo startUpload(Account owner, NewVideo request) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: insert the video, then presign a PUT of its key");
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        String description = request.description() == null ? "" : request.description();

        Video video = catalog.create(id, owner.id(), request.title().strip(), description, request.contentType(), request.size())
                .orElseThrow(() -> new WebApplicationException("Video " + id + " already exists", Response.Status.CONFLICT));

        PresignedRequest upload = storage.presignUpload(video.videoKey(), video.contentType(), video.size(), UPLOAD_URL_VALIDITY);
        return new CreatedVideo(toView(video), upload);
        // END SOLUTION
    }

    /** Checks the uploaded object against the declared metadata, then marks the video ready; a second call is a no-op. */
    private Video completeUpload(Video video) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: check the object exists with the declared size and type, then mark the video ready");
        if (video.status() == VideoStatus.READY) {
            return video;
        }
        StoredObject object = storage.find(video.videoKey())
                .orElseThrow(() -> conflict("No upload found for video " + video.id() + ": PUT the file to the upload URL first"));
        requireMatchingUpload(object, video.contentType(), video.size());

        return catalog.markReady(video.id()).orElseThrow(() -> videoNotFound(video.id()));
        // END SOLUTION
    }

    private PresignedRequest startThumbnailUpload(UUID id, NewThumbnail request) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: record the thumbnail's type, then presign a PUT of its key");
        Video video = catalog.startThumbnail(id, request.contentType()).orElseThrow(() -> videoNotFound(id));
        return storage.presignUpload(video.thumbnailKey(), request.contentType(), request.size(), UPLOAD_URL_VALIDITY);
        // END SOLUTION
    }

    private Video completeThumbnailUpload(Video video) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: check the thumbnail object exists, then mark it ready");
        if (video.thumbnailContentType() == null) {
            throw conflict("Video " + video.id() + " has no thumbnail upload: POST /videos/" + video.id() + "/thumbnail first");
        }
        StoredObject object = storage.find(video.thumbnailKey())
                .orElseThrow(() -> conflict("No thumbnail upload found for video " + video.id() + ": PUT the image to the upload URL first"));
        requireMatchingUpload(object, video.thumbnailContentType(), null);

        return catalog.markThumbnailReady(video.id()).orElseThrow(() -> videoNotFound(video.id()));
        // END SOLUTION
    }

    /** Only the account that created a video may change or delete it. */
    private static void requireOwner(Video video, Account account) {
        // BEGIN SOLUTION
        if (!video.ownerId().equals(account.id())) {
            throw new ForbiddenException("Only the owner of video " + video.id() + " can change it");
        }
        // END SOLUTION
    }

    private VideoView toView(Video video) {
        return VideoView.of(video, downloadOf(video), thumbnailOf(video));
    }

    /** Signs a {@code GET} of the video's bytes once it is ready; null before. */
    private PresignedRequest downloadOf(Video video) {
        // BEGIN SOLUTION
        // STARTER: return null;
        if (video.status() != VideoStatus.READY) {
            return null;
        }
        return storage.presignDownload(video.videoKey(), DOWNLOAD_URL_VALIDITY);
        // END SOLUTION
    }

    private PresignedRequest thumbnailOf(Video video) {
        // BEGIN SOLUTION
        // STARTER: return null;
        if (!video.thumbnailReady()) {
            return null;
        }
        return storage.presignDownload(video.thumbnailKey(), DOWNLOAD_URL_VALIDITY);
        // END SOLUTION
    }

    private Video findVideo(UUID id) throws SQLException {
        return catalog.find(id).orElseThrow(() -> videoNotFound(id));
    }

    /** Deletes the stored bytes after the row; an object left behind by a failure is only wasted space, so it is logged. */
    private void deleteObjects(Video video) {
        for (String key : List.of(video.videoKey(), video.thumbnailKey())) {
            try {
                storage.delete(key);
            } catch (RuntimeException e) {
                log.warn("Video {} is deleted but its object {} could not be: {}", video.id(), key, e.toString());
            }
        }
    }

    private static void requireMatchingUpload(StoredObject object, String contentType, Long size) {
        if (!baseType(object.contentType()).equals(baseType(contentType))) {
            throw conflict("The uploaded object has content type '" + object.contentType() + "', expected '" + contentType + "'");
        }
        if (size != null && object.size() != size) {
            throw conflict("The uploaded object has " + object.size() + " bytes, expected " + size);
        }
    }

    /** Returns the media type without parameters such as {@code ; charset=...}, in lower case. */
    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static WebApplicationException conflict(String message) {
        return new WebApplicationException(message, Response.Status.CONFLICT);
    }

    private static NotFoundException videoNotFound(UUID id) {
        return new NotFoundException("Video " + id + " not found");
    }
}
