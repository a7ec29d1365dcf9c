package dev.backendcourse.week3.users;

/** One row of the {@code users} table, as the API returns it. */
public record User(int id, String name, String email) {
}
