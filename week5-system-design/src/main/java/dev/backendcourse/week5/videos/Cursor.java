package dev.backendcourse.week5.videos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in the newest-first list: the {@code created_at} and {@code id} of the last video of a page. The next
 * page starts strictly after it, so videos inserted meanwhile, which are newer, never shift the pages being read.
 * Clients get it as an opaque URL-safe string.
 */
public record Cursor(Instant createdAt, UUID id) {

    public static Cursor after(Video video) {
        return new Cursor(video.createdAt(), video.id());
    }

    /**
     * Decodes a cursor sent as {@code ?cursor=}. JAX-RS calls this method to convert the query value; the exception
     * becomes a 422 naming the {@code cursor} parameter.
     *
     * @throws IllegalArgumentException if the text is not a cursor that {@link #encode} made
     */
    public static Cursor valueOf(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            if (separator < 0) {
                throw new IllegalArgumentException("no separator in cursor");
            }
            return new Cursor(Instant.parse(decoded.substring(0, separator)), UUID.fromString(decoded.substring(separator + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid cursor", e);
        }
    }

    public String encode() {
        String text = createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
