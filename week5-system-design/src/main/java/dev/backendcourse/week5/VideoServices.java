package dev.backendcourse.week5;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.backendcourse.kit.cache.RedisConfig;
import dev.backendcourse.kit.cache.RedisConnection;
import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.DatabaseUrl;
import dev.backendcourse.kit.database.ModuleDirectory;
import dev.backendcourse.kit.server.InvalidConfigurationException;
import dev.backendcourse.kit.storage.ObjectStorage;
import dev.backendcourse.kit.storage.ObjectStorageConfig;
import redis.clients.jedis.RedisClient;

/**
 * What the video service talks to: the primary database, the database for read-only queries (a replica, or the
 * primary again), the object store and Redis. Every instance keeps only connections, and all state lives in these servers.
 *
 * @param owned what this object opened and must close, newest first; tests that share servers between two
 *              instances pass an empty list and close the servers themselves
 */
public record VideoServices(
        DataSource primary,
        DataSource reads,
        ObjectStorage storage,
        RedisClient redis,
        VideoServiceConfig config,
        List<AutoCloseable> owned) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VideoServices.class);

    /** Opens everything the environment variables name, starting the embedded servers for those that are unset. */
    public static VideoServices fromEnvironment() {
        VideoServiceConfig config = VideoServiceConfig.fromEnvironment();
        ObjectStorageConfig storageConfig = ObjectStorageConfig.fromEnvironment();
        RedisConfig redisConfig = RedisConfig.fromEnvironment();
        Path dataDirectory = ModuleDirectory.of(VideoApi.class).resolve(".data");

        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Database database = remember(opened, Database.fromEnvironment(VideoApi.class));
            DataSource reads = config.readDatabaseUrl() == null
                    ? database.dataSource()
                    : remember(opened, readReplicaPool(config.readDatabaseUrl()));
            ObjectStorage storage = remember(opened, ObjectStorage.open(storageConfig, dataDirectory.resolve("objects")));
            RedisConnection redis = remember(opened, RedisConnection.open(redisConfig));

            log.info("Objects: {}. Cache: {} ({}). Reads: {}. Instance: {}", storageConfig.describe(), redisConfig.describe(),
                    config.cacheTimeToLive().isZero() ? "off" : "entries live " + config.cacheTimeToLive().toSeconds() + " s",
                    config.readDatabaseUrl() == null ? "primary" : "READ_DATABASE_URL", config.instanceName());
            return new VideoServices(database.dataSource(), reads, storage, redis.commands(), config, List.copyOf(opened));
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /** Closes what this object opened, newest first, so each resource closes before what it depends on. */
    @Override
    public void close() {
        closeAll(owned);
    }

    /**
     * Opens a small read-only pool on the replica. Flyway does not run here: a replica copies the primary's schema, and
     * it rejects writes anyway.
     */
    private static HikariDataSource readReplicaPool(String text) {
        DatabaseUrl url = DatabaseUrl.parse(text);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("read-replica");
        pool.setJdbcUrl(url.jdbcUrl());
        pool.setUsername(url.user());
        pool.setPassword(url.password());
        url.properties().forEach(pool::addDataSourceProperty);
        pool.setMaximumPoolSize(10);
        pool.setConnectionTimeout(5_000);
        pool.setReadOnly(true);
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException("could not connect to READ_DATABASE_URL=" + url + ": " + e.getMessage()
                    + ". Check the replica is running, or unset READ_DATABASE_URL to read from the primary.", e);
        }
    }

    private static <T extends AutoCloseable> T remember(List<AutoCloseable> opened, T resource) {
        opened.add(0, resource);
        return resource;
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
