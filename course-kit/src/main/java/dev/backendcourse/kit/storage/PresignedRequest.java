package dev.backendcourse.kit.storage;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request that a client may send straight to the object store until {@code expiresAt}: the method, the signed URL
 * and the headers it must send with exactly these values, or the store rejects the signature.
 */
public record PresignedRequest(
        String method,
        String url,
        Map<String, String> headers,
        @JsonProperty("expires_at") Instant expiresAt) {
}
