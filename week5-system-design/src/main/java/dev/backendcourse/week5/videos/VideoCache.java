package dev.backendcourse.week5.videos;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Video rows in Redis as JSON under {@code video:<id>}, shared by every instance. An entry expires after
 * {@code timeToLive} even if no write deletes it, which bounds how long a missed invalidation can show old data.
 * A zero {@code timeToLive} turns the cache off, to measure what it saves.
 */
public class VideoCache {

    private static final Logger log = LoggerFactory.getLogger(VideoCache.class);
    private static final String KEY_PREFIX = "video:";

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

    public void put(Video video) {
        // BEGIN SOLUTION
        if (!isEnabled()) {
            return;
        }
        try {
            redis.set(KEY_PREFIX + video.id(), json.writeValueAsString(video), SetParams.setParams().px(timeToLive.toMillis()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Video record always serializes", e);
        }
        // END SOLUTION
    }

    /** Removes the entry, so the next read on any instance loads the row from the database. */
    public void evict(UUID id) {
        // BEGIN SOLUTION
        redis.del(KEY_PREFIX + id);
        // END SOLUTION
    }
}
