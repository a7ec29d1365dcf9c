package dev.backendcourse.week5.videos;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The videos, read through the cache. A read tries Redis first and fills it from the primary database on a miss.
 * Every write deletes the cache entry after the database has changed, so the next read on any instance loads the
 * new row.
 */
public class VideoCatalog {

    private final VideoRepository repository;
    private final VideoCache cache;

    public VideoCatalog(VideoRepository repository, VideoCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /**
     * Returns the video, from the cache when it has it. A miss reads the primary rather than a replica: a replica
     * that lags would put a row older than the last write back into the cache.
     */
    public Optional<Video> find(UUID id) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: // TODO: read through the cache. Return cache.get(id) on a hit. On a miss, read cache.version(id)
        // STARTER: // before loading the row, then store the row with cache.putIfUnchanged(row, version).
        // STARTER: return repository.findById(id);
        Optional<Video> cached = cache.get(id);
        if (cached.isPresent()) {
            return cached;
        }
        String version = cache.version(id);
        Optional<Video> stored = repository.findById(id);
        stored.ifPresent(video -> cache.putIfUnchanged(video, version));
        return stored;
        // END SOLUTION
    }

    public Optional<Video> create(UUID id, UUID ownerId, String title, String description, String contentType, Long size)
            throws SQLException {
        return repository.insert(id, ownerId, title, description, contentType, size);
    }

    public Optional<Video> update(UUID id, String title, String description) throws SQLException {
        return evictAfter(id, repository.update(id, title, description));
    }

    public Optional<Video> markReady(UUID id) throws SQLException {
        return evictAfter(id, repository.markReady(id));
    }

    public Optional<Video> startThumbnail(UUID id, String contentType) throws SQLException {
        return evictAfter(id, repository.startThumbnail(id, contentType));
    }

    public Optional<Video> markThumbnailReady(UUID id) throws SQLException {
        return evictAfter(id, repository.markThumbnailReady(id));
    }

    public boolean delete(UUID id) throws SQLException {
        boolean deleted = repository.delete(id);
        // BEGIN SOLUTION
        // STARTER: // TODO: evict the video from the cache, so that no instance serves the deleted row.
        cache.evict(id);
        // END SOLUTION
        return deleted;
    }

    /** Lists from the read database, without the cache: pages change with every insert. */
    public List<Video> page(UUID ownerId, Cursor after, int limit) throws SQLException {
        return repository.page(ownerId, after, limit);
    }

    private Optional<Video> evictAfter(UUID id, Optional<Video> written) {
        // BEGIN SOLUTION
        // STARTER: // TODO: evict the video from the cache, so that the next read on any instance loads the new row.
        cache.evict(id);
        // END SOLUTION
        return written;
    }
}
