package dev.backendcourse.kit.storage;

/** An object's metadata as the store reports it: its size in bytes and the content type it was uploaded with. */
public record StoredObject(String key, long size, String contentType) {
}
