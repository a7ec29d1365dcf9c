package dev.backendcourse.kit.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import dev.backendcourse.kit.server.InvalidConfigurationException;

/**
 * A week's database: a HikariCP connection pool on a migrated PostgreSQL database, and whatever must stop with it,
 * such as the embedded server. A week's {@code main} calls {@link #fromEnvironment}, and the tests get theirs from
 * {@code TestDatabases}.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** The pool's size: enough for a class of students sending requests at once, far below PostgreSQL's 100 connections. */
    static final int POOL_SIZE = 10;
    /** How long a request waits for a free connection before it gets 503, in milliseconds. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    private final HikariDataSource dataSource;
    private final DatabaseUrl url;
    private final List<AutoCloseable> closeAfterPool = new ArrayList<>();
    private boolean closed;

    private Database(HikariDataSource dataSource, DatabaseUrl url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    /**
     * Opens the database that {@code DATABASE_URL} names or, when it is unset, an embedded PostgreSQL whose data lives
     * in the {@code .data/postgres} folder of {@code application}'s module. Applies the schema and seed migrations.
     *
     * @throws InvalidConfigurationException naming {@code DATABASE_URL} if the database cannot be reached or migrated
     */
    public static Database fromEnvironment(Class<?> application) {
        return fromEnvironment(System.getenv(), ModuleDirectory.of(application), Migrations.schemaAndSeed());
    }

    public static Database fromEnvironment(Map<String, String> environment, Path moduleDirectory, Migrations migrations) {
        String configured = environment.get(DatabaseUrl.VARIABLE);
        if (configured != null && !configured.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(configured);
            Database database = open(url, migrations);
            log.info("Database: {} from {}. Open it with: psql {}", url, DatabaseUrl.VARIABLE, url.psqlUrl());
            return database;
        }

        Path dataDirectory = moduleDirectory.resolve(".data").resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDirectory);
        try {
            DatabaseUrl url = server.url("postgres");
            Database database = open(url, migrations).closingAfterwards(server);
            log.info("Database: embedded PostgreSQL with data in {}. Open it with: psql {}", dataDirectory, url.psqlUrl());
            return database;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Connects a pool to {@code url} and applies {@code migrations}.
     *
     * @throws InvalidConfigurationException if the server cannot be reached, refuses the login, or a migration fails
     */
    public static Database open(DatabaseUrl url, Migrations migrations) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(url));
        } catch (HikariPool.PoolInitializationException e) {
            throw new InvalidConfigurationException("could not connect to the database at " + url + " ("
                    + DatabaseUrl.VARIABLE + "): " + causeMessage(e) + ". Check that the server is running and the URL, "
                    + "user and password are right, or unset " + DatabaseUrl.VARIABLE + " to use the embedded database.", e);
        }

        Database database = new Database(dataSource, url);
        try {
            migrate(dataSource, migrations);
            return database;
        } catch (FlywayException e) {
            database.close();
            throw new InvalidConfigurationException("a database migration failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** Registers something to close after the pool, such as the server or a throwaway database, and returns this. */
    public synchronized Database closingAfterwards(AutoCloseable resource) {
        closeAfterPool.add(0, resource);
        return this;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Returns where the database is, without the password. */
    public DatabaseUrl url() {
        return url;
    }

    /** Closes the pool, then what was registered with {@link #closingAfterwards}, newest first; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dataSource.close();
        for (AutoCloseable resource : closeAfterPool) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", resource, e.getMessage());
            }
        }
    }

    private static HikariConfig poolConfig(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("course-db");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        url.properties().forEach(config::addDataSourceProperty);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        // The driver's own limit for opening a connection, in seconds, so an unreachable host fails within the timeout.
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("ApplicationName", "backend-course");
        return config;
    }

    private static void migrate(DataSource dataSource, Migrations migrations) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations.locations().toArray(String[]::new))
                .failOnMissingLocations(false)
                // A student may add a schema file, say V2, after the seed files (V100 and up) already ran on their
                // database. Without this, Flyway would refuse to start instead of applying it.
                .outOfOrder(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Applied {} migration(s); the schema is now at version {}", result.migrationsExecuted, result.targetSchemaVersion);
        }
    }

    /** Returns the cause's message without its final period, since the caller's sentence goes on after it. */
    private static String causeMessage(Throwable error) {
        Throwable cause = error.getCause() == null ? error : error.getCause();
        return String.valueOf(cause.getMessage()).replaceFirst("\\.$", "");
    }
}
