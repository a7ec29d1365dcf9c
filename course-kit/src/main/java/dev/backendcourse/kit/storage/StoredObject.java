package dev.backendcourse.kit.storage;

/** What the store reports about an object: its size in bytes and the content type it was uploaded with. */
public record StoredObject(String key, long size, String contentType) {
}
