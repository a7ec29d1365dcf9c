package dev.backendcourse.kit.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (6.2, shipped inside the embedded-redis jar) run as a child process on 127.0.0.1,
 * without persistence, because a cache may start empty. It stops with the JVM, except after a kill -9.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final int START_ATTEMPTS = 3;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts Redis on {@code port}, or on a free port when {@code port} is 0. */
    public static EmbeddedRedis start(int port) {
        IOException lastFailure = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int chosenPort = port == 0 ? freePort() : port;
            try {
                RedisServer server = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(chosenPort)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .onShutdownForceStop(true)
                        .build();
                server.start();
                log.info("Embedded Redis is running on 127.0.0.1:{}", chosenPort);
                return new EmbeddedRedis(server, chosenPort);
            } catch (IOException e) {
                // Another process may have taken the free port between the check and the start: try another one.
                lastFailure = e;
            }
        }
        throw new UncheckedIOException("the embedded Redis did not start", lastFailure);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            log.warn("The embedded Redis did not stop cleanly: {}", e.toString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port for the embedded Redis", e);
        }
    }
}
