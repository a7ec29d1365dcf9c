package dev.backendcourse.week5;

import java.time.Duration;
import java.util.Map;

import dev.backendcourse.kit.server.InvalidConfigurationException;

/**
 * The week's own settings, besides the kit's database, storage and Redis ones.
 *
 * @param readDatabaseUrl {@code READ_DATABASE_URL}: a read replica for the list query, or null to read the primary
 * @param cacheTimeToLive {@code CACHE_TTL_SECONDS} (default 300): how long a cached video lives; 0 turns the cache off
 * @param instanceName    {@code INSTANCE_NAME} (default {@code api-<PORT>}): sent in the {@code X-Served-By} header
 */
public record VideoServiceConfig(String readDatabaseUrl, Duration cacheTimeToLive, String instanceName) {

    public static final Duration DEFAULT_CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);

    public static VideoServiceConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static VideoServiceConfig fromEnvironment(Map<String, String> environment) {
        String readUrl = environment.get("READ_DATABASE_URL");
        String instance = environment.getOrDefault("INSTANCE_NAME", "api-" + environment.getOrDefault("PORT", "8000")).strip();
        return new VideoServiceConfig(readUrl == null || readUrl.isBlank() ? null : readUrl.strip(),
                cacheTimeToLive(environment.get("CACHE_TTL_SECONDS")), instance);
    }

    private static Duration cacheTimeToLive(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_CACHE_TIME_TO_LIVE;
        }
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException("CACHE_TTL_SECONDS='" + text + "' is not a whole number of seconds "
                    + "of 0 or more. Set it to, for example, CACHE_TTL_SECONDS=300, or 0 to turn the cache off.", e);
        }
    }
}
