package dev.backendcourse.kit.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import dev.backendcourse.kit.server.InvalidConfigurationException;

/**
 * The Redis server to use: {@code REDIS_URL}, such as {@code redis://127.0.0.1:6379/0}, or an embedded one started
 * by the application when the variable is unset ({@code url} is then null).
 */
public record RedisConfig(URI url) {

    public boolean isEmbedded() {
        return url == null;
    }

    public static RedisConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static RedisConfig fromEnvironment(Map<String, String> environment) {
        String text = environment.get("REDIS_URL");
        if (text == null || text.isBlank()) {
            return new RedisConfig(null);
        }
        try {
            URI url = new URI(text.strip());
            boolean redis = "redis".equals(url.getScheme()) || "rediss".equals(url.getScheme());
            if (!redis || url.getHost() == null) {
                throw new URISyntaxException(text, "expected redis://host:port/db");
            }
            return new RedisConfig(url);
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException("REDIS_URL='" + text + "' is not a valid Redis URL. "
                    + "Set it to redis://host:port/db, for example REDIS_URL=redis://127.0.0.1:6379/0, "
                    + "or unset it to use the embedded Redis.", e);
        }
    }

    /** Describes the server for the start-up log, without a password. */
    public String describe() {
        if (isEmbedded()) {
            return "embedded Redis";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + (url.getPath() == null ? "" : url.getPath());
    }
}
