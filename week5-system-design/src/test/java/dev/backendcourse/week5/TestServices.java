package dev.backendcourse.week5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.backendcourse.kit.cache.RedisConfig;
import dev.backendcourse.kit.cache.RedisConnection;
import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.storage.ObjectStorage;
import dev.backendcourse.kit.storage.ObjectStorageConfig;
import dev.backendcourse.kit.testing.TestDatabases;

/**
 * Real servers for one test class: a fresh PostgreSQL database, an embedded object store in a temporary folder and
 * an embedded Redis. {@link #services} hands them to as many application instances as a test starts.
 */
final class TestServices implements AutoCloseable {

    final Database database;
    final ObjectStorage storage;
    final RedisConnection redis;
    private final Path objectFolder;

    private TestServices(Database database, ObjectStorage storage, RedisConnection redis, Path objectFolder) {
        this.database = database;
        this.storage = storage;
        this.redis = redis;
        this.objectFolder = objectFolder;
    }

    static TestServices start() {
        Path objectFolder = temporaryFolder();
        Database database = TestDatabases.create(Migrations.schema());
        ObjectStorage storage = ObjectStorage.open(ObjectStorageConfig.fromEnvironment(Map.of()), objectFolder);
        RedisConnection redis = RedisConnection.open(new RedisConfig(null));
        return new TestServices(database, storage, redis, objectFolder);
    }

    /** Services for one instance named {@code instanceName}, reading lists from {@code reads}; the test closes the servers. */
    VideoServices services(String instanceName, Duration cacheTimeToLive, DataSource reads) {
        return new VideoServices(database.dataSource(), reads, storage, redis.commands(),
                new VideoServiceConfig(null, cacheTimeToLive, instanceName), List.of());
    }

    VideoServices services(String instanceName) {
        return services(instanceName, VideoServiceConfig.DEFAULT_CACHE_TIME_TO_LIVE, database.dataSource());
    }

    @Override
    public void close() {
        redis.close();
        storage.close();
        database.close();
        deleteRecursively(objectFolder);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("week5-objects");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
