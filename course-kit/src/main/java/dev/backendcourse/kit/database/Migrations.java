package dev.backendcourse.kit.database;

import java.util.List;

/**
 * The Flyway folders, on the classpath, whose SQL files build a database: the schema in {@code db/migration}, and
 * optionally example rows in {@code db/seed}. The run command applies both; tests usually take the schema alone.
 * Versions are shared across the folders, so a seed file needs a version number above every schema file it relies on:
 * the weeks number their seed files from 100.
 */
public record Migrations(List<String> locations) {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String SEED_LOCATION = "classpath:db/seed";

    public Migrations {
        locations = List.copyOf(locations);
    }

    public static Migrations schema() {
        return new Migrations(List.of(SCHEMA_LOCATION));
    }

    public static Migrations schemaAndSeed() {
        return new Migrations(List.of(SCHEMA_LOCATION, SEED_LOCATION));
    }
}
