package dev.backendcourse.week5.videos;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code videos} table. It is what the cache stores, so it contains no presigned URL: those expire, and
 * each response signs fresh ones.
 *
 * @param size the size in bytes that the client declared, or null when it declared none
 */
public record Video(
        UUID id,
        UUID ownerId,
        String title,
        String description,
        String contentType,
        Long size,
        VideoStatus status,
        String thumbnailContentType,
        boolean thumbnailReady,
        Instant createdAt,
        Instant updatedAt) {

    /** Returns the object store key of the video's bytes. */
    public String videoKey() {
        return "videos/" + id;
    }

    public String thumbnailKey() {
        return "thumbnails/" + id;
    }
}
