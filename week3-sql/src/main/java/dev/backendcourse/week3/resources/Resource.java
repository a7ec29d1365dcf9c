package dev.backendcourse.week3.resources;

/** One row of the {@code resources} table, as the API returns it. */
public record Resource(int id, String name, String category, String description) {
}
