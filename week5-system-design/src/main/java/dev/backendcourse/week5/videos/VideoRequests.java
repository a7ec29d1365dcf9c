package dev.backendcourse.week5.videos;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.backendcourse.kit.storage.PresignedRequest;

/** The JSON bodies of the {@code /videos} routes. */
public final class VideoRequests {

    /** 5 GiB, the largest object that S3 accepts in a single {@code PUT}. */
    public static final long MAX_VIDEO_BYTES = 5L * 1024 * 1024 * 1024;
    public static final long MAX_THUMBNAIL_BYTES = 5L * 1024 * 1024;

    /** Like {@code @NotBlank}, but lets a missing (null) field through, for partial updates. */
    private static final String NOT_BLANK = "(?s).*\\S.*";
    private static final String NOT_BLANK_MESSAGE = "String should have at least 1 character that is not white space";

    private VideoRequests() {
    }

    /**
     * {@code POST /videos}. The client may propose the id, as a frontend that creates the UUID before calling the
     * backend would; the server generates one otherwise.
     */
    public record NewVideo(
            @VersionedUuid UUID id,
            @NotNull @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @JsonProperty("content_type") @NotNull
            @Pattern(regexp = "video/(mp4|webm|ogg|quicktime|x-matroska|mpeg)") String contentType,
            @Positive @Max(MAX_VIDEO_BYTES) Long size) {
    }

    /** {@code PATCH /videos/{id}}: only the fields present change. */
    public record VideoChanges(
            @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = 200) String title,
            @Size(max = 5000) String description) {
    }

    /** {@code POST /videos/{id}/thumbnail}. */
    public record NewThumbnail(
            @JsonProperty("content_type") @NotNull @Pattern(regexp = "image/(jpeg|png|webp)") String contentType,
            @Positive @Max(MAX_THUMBNAIL_BYTES) Long size) {
    }

    /** The response to {@code POST /videos}: the new video and where to upload its bytes. */
    public record CreatedVideo(VideoView video, PresignedRequest upload) {
    }

    /** One page of {@code GET /videos}; {@code next_cursor} is null on the last page. */
    public record VideoPage(List<VideoView> items, @JsonProperty("next_cursor") String nextCursor) {
    }
}
