package dev.backendcourse.week5.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.cache.RedisConfig;
import dev.backendcourse.kit.cache.RedisConnection;

/** The cache against a real Redis, including the interleaving of a slow read with a write. */
class VideoCacheTest {

    private static RedisConnection redis;
    private static VideoCache cache;

    @BeforeAll
    static void startRedis() {
        redis = RedisConnection.open(new RedisConfig(null));
        cache = new VideoCache(redis.commands(), Duration.ofMinutes(5));
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void storedRowIsReturned() {
        Video video = video("Stored");

        cache.putIfUnchanged(video, cache.version(video.id()));

        assertThat(cache.get(video.id())).contains(video);
    }

    @Test
    void evictRemovesRow() {
        Video video = video("Evicted");
        cache.putIfUnchanged(video, cache.version(video.id()));

        cache.evict(video.id());

        assertThat(cache.get(video.id())).isEmpty();
    }

    @Test
    void rowLoadedBeforeWriteIsNotStored() {
        Video old = video("Loaded before the write");
        String versionBeforeLoad = cache.version(old.id());

        // A write commits and evicts while the read is still loading the old row from the database.
        cache.evict(old.id());
        cache.putIfUnchanged(old, versionBeforeLoad);

        assertThat(cache.get(old.id())).isEmpty();
    }

    @Test
    void rowLoadedAfterWriteIsStored() {
        Video video = video("Loaded after the write");
        cache.evict(video.id());

        cache.putIfUnchanged(video, cache.version(video.id()));

        assertThat(cache.get(video.id())).contains(video);
    }

    @Test
    void disabledCacheStoresNothing() {
        VideoCache disabled = new VideoCache(redis.commands(), Duration.ZERO);
        Video video = video("Not cached");

        disabled.putIfUnchanged(video, disabled.version(video.id()));

        assertThat(disabled.get(video.id())).isEmpty();
        assertThat(cache.get(video.id())).isEmpty();
    }

    private static Video video(String title) {
        Instant now = Instant.parse("2026-01-02T03:04:05.123456Z");
        return new Video(UUID.randomUUID(), UUID.randomUUID(), title, "", "video/mp4", 10L, VideoStatus.READY,
                null, false, now, now);
    }
}
