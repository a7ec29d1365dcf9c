package dev.backendcourse.kit.testing;

import java.net.URI;
import java.util.function.Supplier;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
 */
public final class CourseServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<ResourceConfig> application;
    private CourseServer server;
    private String startedFor;

    private CourseServerExtension(Supplier<ResourceConfig> application) {
        this.application = application;
    }

    public static CourseServerExtension serving(Supplier<ResourceConfig> application) {
        return new CourseServerExtension(application);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes run these callbacks again; the server of the outer class serves them too.
        if (server != null) {
            return;
        }
        CourseServer.routeJavaUtilLoggingToSlf4j();
        server = CourseServer.start(application.get(), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
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
        RestAssured.reset();
    }

    /** Returns the port the server listens on, for tests that send requests without REST-assured. */
    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return server.baseUri();
    }
}
