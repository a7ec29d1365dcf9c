package dev.backendcourse.week5.videos;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code uploading} until the client has put the bytes in the store and called complete; then {@code ready}. */
public enum VideoStatus {
    UPLOADING,
    READY;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }

    static VideoStatus fromColumn(String value) {
        return valueOf(value.toUpperCase());
    }
}
