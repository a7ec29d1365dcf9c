package dev.backendcourse.week5;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.cache.EmbeddedRedis;
import dev.backendcourse.kit.database.EmbeddedPostgresServer;
import dev.backendcourse.kit.database.ModuleDirectory;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.storage.EmbeddedObjectStore;
import dev.backendcourse.kit.storage.ObjectStorageConfig;

/**
 * Starts one PostgreSQL, one Redis and one object store on fixed ports of 127.0.0.1, for several API instances to
 * share without Docker, and prints the environment variables that point an instance at them. Data stays under
 * {@code .data/shared/}. The ports are {@code BASE_PORT} (default 8065) and the next two.
 */
public final class SharedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);

    private SharedInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        CourseServer.routeJavaUtilLoggingToSlf4j();
        int basePort = Integer.parseInt(System.getenv().getOrDefault("BASE_PORT", "8065"));
        Path folder = ModuleDirectory.of(SharedInfrastructure.class).resolve(".data").resolve("shared");

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(folder.resolve("postgres"), basePort);
        EmbeddedRedis redis = EmbeddedRedis.start(basePort + 1);
        EmbeddedObjectStore objects = EmbeddedObjectStore.start(folder.resolve("objects"), basePort + 2,
                ObjectStorageConfig.EMBEDDED_ACCESS_KEY, ObjectStorageConfig.EMBEDDED_SECRET_KEY);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            objects.close();
            redis.close();
            postgres.close();
            stopped.countDown();
        }, "shared-infrastructure-shutdown"));

        // One line per variable, so a script can `source` them; the keys are the embedded store's fixed local ones.
        System.out.println("export DATABASE_URL=" + postgres.url("postgres").psqlUrl());
        System.out.println("export REDIS_URL=" + redis.url());
        System.out.println("export S3_ENDPOINT=" + objects.endpoint());
        System.out.println("export S3_ACCESS_KEY=" + ObjectStorageConfig.EMBEDDED_ACCESS_KEY);
        System.out.println("export S3_SECRET_KEY=" + ObjectStorageConfig.EMBEDDED_SECRET_KEY);
        System.out.flush();
        log.info("Shared PostgreSQL, Redis and object store are running. Press Ctrl+C to stop.");
        stopped.await();
    }
}
