package dev.backendcourse.week5.accounts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An account as the API shows it, without its token. */
public record Account(UUID id, String name, @JsonProperty("created_at") Instant createdAt) {
}
