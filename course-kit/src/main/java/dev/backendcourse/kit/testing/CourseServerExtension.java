package dev.backendcourse.kit.testing;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;
import io.restassured.RestAssured;

/**
 * Starts a week's application on a free port before a test class and stops it after, pointing REST-assured at it.
 * The tests exercise the same {@code ResourceConfig} that {@code main} serves, over real HTTP.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CourseServerExtension server = CourseServerExtension.serving(HelloApi::resourceConfig);
 * }</pre>
 *
 * A week with a database passes a function from {@link Database} to its {@code ResourceConfig}; the class then gets a
 * fresh database, migrated with the week's schema and dropped after the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);
 * }</pre>
 */
public final class CourseServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final Function<Database, ResourceConfig> application;
    private final Migrations migrations;
    private CourseServer server;
    private Database database;
    private String startedFor;

    private CourseServerExtension(Function<Database, ResourceConfig> application, Migrations migrations) {
        this.application = application;
        this.migrations = migrations;
    }

    public static CourseServerExtension serving(Supplier<ResourceConfig> application) {
        return new CourseServerExtension(database -> application.get(), null);
    }

    /** Serves an application backed by a fresh database with the week's schema and no seed rows. */
    public static CourseServerExtension servingWithDatabase(Function<Database, ResourceConfig> application) {
        return servingWithDatabase(Migrations.schema(), application);
    }

    public static CourseServerExtension servingWithDatabase(Migrations migrations, Function<Database, ResourceConfig> application) {
        return new CourseServerExtension(application, migrations);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes run these callbacks again; the server of the outer class serves them too.
        if (server != null) {
            return;
        }
        CourseServer.routeJavaUtilLoggingToSlf4j();
        database = migrations == null ? null : TestDatabases.create(migrations);
        try {
            server = CourseServer.start(application.apply(database), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
        } catch (RuntimeException e) {
            closeDatabase();
            throw e;
        }
        startedFor = context.getUniqueId();

        RestAssured.baseURI = "http://" + ServerConfig.DEFAULT_HOST;
        RestAssured.port = server.port();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.filters(new UnfinishedCodeFilter());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server == null || !context.getUniqueId().equals(startedFor)) {
            return;
        }
        server.close();
        server = null;
        closeDatabase();
        RestAssured.reset();
    }

    /** Returns the test class's database, for checks and fixtures in SQL. */
    public Database database() {
        if (database == null) {
            throw new IllegalStateException("This server has no database: create it with servingWithDatabase(...)");
        }
        return database;
    }

    private void closeDatabase() {
        // The application usually closes it on shutdown already; closing twice does nothing.
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Returns the port the server listens on, for tests that send requests without REST-assured. */
    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return server.baseUri();
    }
}
