package dev.backendcourse.kit.server;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A running Grizzly HTTP server with one Jersey application mounted at {@code /}.
 * {@link #run} is what a week's {@code main} calls; tests call {@link #start} with port 0.
 */
public final class CourseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CourseServer.class);
    private static final long GRACEFUL_STOP_SECONDS = 5;

    private final HttpServer httpServer;
    private final GrizzlyHttpContainer container;
    private final ServerConfig config;

    private CourseServer(HttpServer httpServer, GrizzlyHttpContainer container, ServerConfig config) {
        this.httpServer = httpServer;
        this.container = container;
        this.config = config;
    }

    /**
     * Starts the application and blocks until the process is stopped with Ctrl+C.
     * A startup problem is logged as one line and ends the process with exit code 1.
     */
    public static void run(Supplier<ResourceConfig> application) {
        routeJavaUtilLoggingToSlf4j();

        ResourceConfig resourceConfig;
        CourseServer server;
        try {
            resourceConfig = application.get();
            server = start(resourceConfig, ServerConfig.fromEnvironment());
        } catch (InvalidConfigurationException e) {
            log.error("The server did not start: {}", e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            log.error("The server did not start because of an unexpected error", e);
            System.exit(1);
            return;
        }

        String title = resourceConfig.getApplicationName() == null ? "The server" : resourceConfig.getApplicationName();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            log.info("{} stopped", title);
            stopped.countDown();
        }, "course-server-shutdown"));

        String url = server.baseUri().toString();
        log.info("{} is running on {} (API docs: {}docs). Press Ctrl+C to stop.", title, url, url);
        awaitQuietly(stopped);
    }

    /**
     * Starts the application on {@code config}'s host and port and returns once it accepts connections.
     *
     * @throws InvalidConfigurationException if the port is taken or the host is not an address of this machine
     */
    public static CourseServer start(ResourceConfig application, ServerConfig config) {
        // Jersey must set the status itself: Grizzly's sendError() would replace our JSON with an HTML page.
        application.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // Auto-discovery would add Jersey's own Jackson exception mappers, which respond with 400 in plain text and win
        // over the course's JSON ones for their exact exception types. CourseFeature registers what is needed.
        application.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        application.property(ServerProperties.WADL_FEATURE_DISABLE, true);

        URI bindUri = URI.create("http://" + hostForUri(config.host()) + ":" + config.port() + "/");
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
        HttpServer httpServer = GrizzlyHttpServerFactory.createHttpServer(bindUri, container, false, null, false);
        ServerConfiguration serverConfiguration = httpServer.getServerConfiguration();
        serverConfiguration.setDefaultErrorPageGenerator(new JsonErrorPageGenerator());
        serverConfiguration.setSendFileEnabled(false);
        // A GET or DELETE with a body is served and its body ignored, as uvicorn does. Grizzly would reject it with 400.
        serverConfiguration.setAllowPayloadForUndefinedHttpMethods(true);
        HttpHandlerRegistration[] jerseyPaths = serverConfiguration.getHttpHandlersWithMapping().get(container);
        serverConfiguration.removeHttpHandler(container);
        serverConfiguration.addHttpHandler(new MalformedUriHandler(container), jerseyPaths);
        httpServer.getListeners().forEach(listener -> listener.registerAddOn(new IgnoreHttp2UpgradeAddOn()));

        try {
            httpServer.start();
        } catch (BindException e) {
            httpServer.shutdownNow();
            stopApplication(container);
            throw new InvalidConfigurationException(bindFailureMessage(config, e), e);
        } catch (IOException e) {
            httpServer.shutdownNow();
            stopApplication(container);
            throw new InvalidConfigurationException(
                    "could not listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return new CourseServer(httpServer, container, config);
    }

    /** Returns the port the server listens on, which differs from the configured one when that was 0. */
    public int port() {
        NetworkListener listener = httpServer.getListeners().iterator().next();
        return listener.getPort();
    }

    public URI baseUri() {
        return URI.create(config.displayUrl(port()) + "/");
    }

    /**
     * Stops accepting connections, gives requests in progress a few seconds to finish, then stops the Jersey
     * application, whose lifecycle listeners close what it holds, such as a database pool.
     */
    @Override
    public void close() {
        try {
            httpServer.shutdown(GRACEFUL_STOP_SECONDS, TimeUnit.SECONDS).get(GRACEFUL_STOP_SECONDS + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            httpServer.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Server did not stop within {} seconds, closing the remaining connections", GRACEFUL_STOP_SECONDS);
            httpServer.shutdownNow();
        }
        stopApplication(container);
    }

    /** Grizzly's graceful shutdown does not stop the Jersey application in it, so its listeners would never run. */
    private static void stopApplication(GrizzlyHttpContainer container) {
        container.getApplicationHandler().onShutdown(container);
    }

    /** Sends Jersey's and Grizzly's java.util.logging output to SLF4J, so one Logback configuration covers all. */
    public static void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static String bindFailureMessage(ServerConfig config, BindException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase().contains("in use")) {
            return "port " + config.port() + " on " + config.host() + " is already in use. "
                    + "Stop the other server (perhaps another week still running) or choose another port, "
                    + "for example PORT=" + (config.port() + 1) + ".";
        }
        return "could not listen on " + config.host() + ":" + config.port() + " (" + reason + "). "
                + "Check HOST: it must be an address of this machine, such as 127.0.0.1 or 0.0.0.0.";
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
