package dev.backendcourse.kit.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.DatabaseUrl;
import dev.backendcourse.kit.database.EmbeddedPostgresServer;
import dev.backendcourse.kit.database.Migrations;

/**
 * Fresh, migrated databases for tests, each dropped when it is closed. They live on the PostgreSQL server that
 * {@code DATABASE_URL} names, whose user must be allowed to create databases; without it, on one throwaway embedded
 * server per JVM. Nothing here reads or writes a week's {@code .data/} folder.
 */
public final class TestDatabases {

    private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);
    private static final AtomicInteger created = new AtomicInteger();
    private static final SecureRandom random = new SecureRandom();
    private static DatabaseUrl serverUrl;

    private TestDatabases() {
    }

    /** Creates an empty database, applies {@code migrations}, and returns it; closing it drops the database. */
    public static Database create(Migrations migrations) {
        DatabaseUrl server = serverUrl();
        // Generated from digits and letters only, so it is safe to put in the SQL text.
        String name = "course_test_" + created.incrementAndGet() + "_" + HexFormat.of().formatHex(randomBytes());

        execute(server, "CREATE DATABASE " + name);
        try {
            return Database.open(server.withDatabase(name), migrations)
                    .closingAfterwards(() -> execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        } catch (RuntimeException e) {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            throw e;
        }
    }

    /** Returns the URL of the server's administrative database, starting the embedded server on first use. */
    public static synchronized DatabaseUrl serverUrl() {
        if (serverUrl == null) {
            String configured = System.getenv(DatabaseUrl.VARIABLE);
            if (configured != null && !configured.isBlank()) {
                serverUrl = DatabaseUrl.parse(configured);
            } else {
                // Stopped and deleted by the library's shutdown hook when the test JVM exits.
                serverUrl = EmbeddedPostgresServer.startThrowaway().url("postgres");
            }
            log.info("Tests create their databases on {}", serverUrl);
        }
        return serverUrl;
    }

    /** Tells whether the tests run against a standalone server named by {@code DATABASE_URL}. */
    public static boolean usesStandaloneServer() {
        String configured = System.getenv(DatabaseUrl.VARIABLE);
        return configured != null && !configured.isBlank();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void execute(DatabaseUrl server, String sql) {
        Properties login = new Properties();
        server.properties().forEach(login::setProperty);
        if (server.user() != null) {
            login.setProperty("user", server.user());
        }
        if (server.password() != null) {
            login.setProperty("password", server.password());
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), login);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test server " + server + ": " + e.getMessage(), e);
        }
    }
}
