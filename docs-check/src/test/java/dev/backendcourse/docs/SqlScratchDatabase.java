package dev.backendcourse.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the whole check, with a fresh database per Markdown page. A page's SQL
 * blocks run in the order they appear, so a later block can use the tables and rows that earlier ones made.
 */
final class SqlScratchDatabase {

    /**
     * A semicolon at the end of a line ends a statement.
     * NOTE: a string literal with a semicolon before a line break would be split in two.
     */
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\n|$)");

    private static EmbeddedPostgres server;
    private static final Map<String, String> DATABASE_BY_PAGE = new HashMap<>();

    private SqlScratchDatabase() {
    }

    /**
     * Runs the statements of one block in order and throws the database's error if one of them fails.
     * Returns a line for each {@code SELECT} that found no row and each {@code UPDATE} or {@code DELETE} that
     * changed none, because a lesson that shows such a statement has usually lost track of its ids.
     */
    static synchronized List<String> execute(String page, String sql) throws SQLException {
        List<String> emptyResults = new ArrayList<>();
        try (Connection connection = server().getDatabase("postgres", databaseFor(page)).getConnection();
             Statement statement = connection.createStatement()) {
            for (String text : STATEMENT_END.split(sql)) {
                String command = withoutComments(text);
                if (command.isEmpty()) {
                    continue;
                }

                boolean isQuery = statement.execute(command);
                String verb = command.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
                if (isQuery) {
                    try (ResultSet rows = statement.getResultSet()) {
                        if (!rows.next()) {
                            emptyResults.add("found no row: " + command);
                        }
                    }
                } else if ((verb.equals("UPDATE") || verb.equals("DELETE")) && statement.getUpdateCount() == 0) {
                    emptyResults.add("changed no row: " + command);
                }
            }
        }
        return emptyResults;
    }

    private static String withoutComments(String text) {
        StringBuilder command = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                command.append(line).append('\n');
            }
        }
        return command.toString().strip();
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
