package dev.backendcourse.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the whole check, with a fresh database per Markdown page. A page's SQL
 * blocks run in the order they appear, so a later block sees the tables and rows that earlier ones made.
 */
final class SqlScratchDatabase {

    private static EmbeddedPostgres server;
    private static final Map<String, String> DATABASE_BY_PAGE = new HashMap<>();

    private SqlScratchDatabase() {
    }

    /** Runs the statements of one block, throwing the database's error if one of them fails. */
    static synchronized void execute(String page, String sql) throws SQLException {
        try (Connection connection = server().getDatabase("postgres", databaseFor(page)).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String databaseFor(String page) throws SQLException {
        String existing = DATABASE_BY_PAGE.get(page);
        if (existing != null) {
            return existing;
        }
        String name = "notes_" + page.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        DATABASE_BY_PAGE.put(page, name);
        return name;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the SQL blocks", e);
            }
        }
        return server;
    }

    /** Stops the server, if a page had SQL to run, and deletes its data folder. */
    static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
            DATABASE_BY_PAGE.clear();
        }
    }
}
