package dev.backendcourse.kit.cache;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.server.InvalidConfigurationException;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A pool of connections to the configured Redis, or to an embedded one that it starts and stops with itself.
 * {@link #commands()} is thread-safe: each call borrows a connection and returns it.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);

    private final RedisClient commands;
    private final EmbeddedRedis embedded;

    private RedisConnection(RedisClient commands, EmbeddedRedis embedded) {
        this.commands = commands;
        this.embedded = embedded;
    }

    /**
     * Connects and sends a {@code PING}, so a wrong {@code REDIS_URL} fails at start rather than on the first request.
     *
     * @throws InvalidConfigurationException if the server does not respond
     */
    public static RedisConnection open(RedisConfig config) {
        EmbeddedRedis embedded = config.isEmbedded() ? EmbeddedRedis.start(0) : null;
        URI url = embedded == null ? config.url() : URI.create(embedded.url());

        RedisClient commands = RedisClient.create(url);
        try {
            commands.ping();
        } catch (JedisException e) {
            commands.close();
            if (embedded != null) {
                embedded.close();
            }
            // Jedis ends its messages with a period, dropped here because the sentence goes on.
            String reason = String.valueOf(e.getMessage()).replaceAll("\\.+$", "");
            throw new InvalidConfigurationException("Redis at REDIS_URL=" + config.describe() + " did not respond: "
                    + reason + ". Start it, fix REDIS_URL, or unset REDIS_URL to use the embedded Redis.", e);
        }
        return new RedisConnection(commands, embedded);
    }

    public RedisClient commands() {
        return commands;
    }

    @Override
    public void close() {
        commands.close();
        if (embedded != null) {
            embedded.close();
        }
        log.debug("Redis connection closed");
    }
}
