package dev.backendcourse.week5.videos;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.backendcourse.kit.storage.PresignedRequest;

/**
 * A video as the API returns it: the stored metadata, plus presigned download URLs for the video once it is
 * {@code ready} and for the thumbnail once it is uploaded (null until then).
 */
public record VideoView(
        UUID id,
        @JsonProperty("owner_id") UUID ownerId,
        String title,
        String description,
        @JsonProperty("content_type") String contentType,
        Long size,
        VideoStatus status,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        PresignedRequest download,
        PresignedRequest thumbnail) {

    static VideoView of(Video video, PresignedRequest download, PresignedRequest thumbnail) {
        return new VideoView(video.id(), video.ownerId(), video.title(), video.description(), video.contentType(),
                video.size(), video.status(), video.createdAt(), video.updatedAt(), download, thumbnail);
    }
}
