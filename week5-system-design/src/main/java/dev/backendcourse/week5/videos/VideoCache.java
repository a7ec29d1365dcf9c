package dev.backendcourse.week5.videos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import redis.clients.jedis.RedisClient;

/**
 * Video rows in Redis as JSON under {@code video:<id>}, shared by every instance. An entry expires after
 * {@code timeToLive} even if no write deletes it. A zero {@code timeToLive} turns the cache off, to measure what
 * it saves.
 *
 * <p>Each video also has a version counter under {@code video-version:<id>}, which every write increments. A read
 * that missed stores the row it loaded only if the version is still the one it saw before loading. Without this, a
 * read that loads the row just before a write and stores it just after the write's eviction would keep the old row
 * cached until it expires.
 */
public class VideoCache {

    private static final Logger log = LoggerFactory.getLogger(VideoCache.class);
    private static final String KEY_PREFIX = "video:";
    private static final String VERSION_PREFIX = "video-version:";
    /** How long a version counter outlives the last write: far longer than a database read between check and store. */
    private static final Duration VERSION_LIFETIME = Duration.ofHours(1);

    /** Stores ARGV[1] under KEYS[1] for ARGV[3] ms, only if KEYS[2] (missing counts as "0") still equals ARGV[2]. */
    private static final String SET_IF_VERSION_UNCHANGED = """
            if (redis.call('GET', KEYS[2]) or '0') == ARGV[2] then
                return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
            end
            return nil
            """;

    private final RedisClient redis;
    private final Duration timeToLive;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    public VideoCache(RedisClient redis, Duration timeToLive) {
        this.redis = redis;
        this.timeToLive = timeToLive;
    }

    public boolean isEnabled() {
        return !timeToLive.isZero();
    }

    /** Returns the cached row, or empty on a miss; an entry that no longer parses counts as a miss. */
    public Optional<Video> get(UUID id) {
        // BEGIN SOLUTION
        // STARTER: return Optional.empty();
        if (!isEnabled()) {
            return Optional.empty();
        }
        String cached = redis.get(KEY_PREFIX + id);
        if (cached == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(cached, Video.class));
        } catch (JsonProcessingException e) {
            log.warn("Ignoring the unreadable cache entry of video {}: {}", id, e.getOriginalMessage());
            return Optional.empty();
        }
        // END SOLUTION
    }

    /** Returns the video's version counter, to read before loading the row and pass to {@link #putIfUnchanged}. */
    public String version(UUID id) {
        // BEGIN SOLUTION
        // STARTER: return "0";
        String version = redis.get(VERSION_PREFIX + id);
        return version == null ? "0" : version;
        // END SOLUTION
    }

    /** Stores the row unless a write has changed the video's version since {@code versionBeforeLoad} was read. */
    public void putIfUnchanged(Video video, String versionBeforeLoad) {
        // BEGIN SOLUTION
        if (!isEnabled()) {
            return;
        }
        String value;
        try {
            value = json.writeValueAsString(video);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Video record always serializes", e);
        }
        redis.eval(SET_IF_VERSION_UNCHANGED,
                List.of(KEY_PREFIX + video.id(), VERSION_PREFIX + video.id()),
                List.of(value, versionBeforeLoad, String.valueOf(timeToLive.toMillis())));
        // END SOLUTION
    }

    /**
     * Marks the video changed and removes its entry, so the next read on any instance loads the row from the
     * database. Call it after the database write has committed.
     */
    public void evict(UUID id) {
        // BEGIN SOLUTION
        // The version changes first: a read that loaded the old row can then no longer store it.
        redis.incr(VERSION_PREFIX + id);
        redis.pexpire(VERSION_PREFIX + id, VERSION_LIFETIME.toMillis());
        redis.del(KEY_PREFIX + id);
        // END SOLUTION
    }
}
