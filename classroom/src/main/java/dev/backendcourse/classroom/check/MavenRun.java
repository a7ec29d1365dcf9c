package dev.backendcourse.classroom.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of an exported repository's own Maven wrapper, with its output kept in a log file. */
record MavenRun(int exitCode, Duration elapsed, Path log) {

    /** The maximum time one exported build may take before the check stops it. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Variables that the Maven running the exporter sets for itself and that would confuse a nested Maven. */
    private static final List<String> INHERITED_MAVEN_VARIABLES = List.of("MAVEN_PROJECTBASEDIR", "MAVEN_BASEDIR",
            "MAVEN_CMD_LINE_ARGS", "MAVEN_ARGS", "MAVEN_CONFIG");

    /**
     * Runs {@code ./mvnw} with {@code arguments} in {@code folder}, offline, so the export builds from the
     * dependencies already in the local Maven repository and never reaches the network.
     */
    static MavenRun run(Path folder, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-ntp", "--offline"));
        command.addAll(List.of(arguments));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        INHERITED_MAVEN_VARIABLES.forEach(environment::remove);
        // Maven's own JVM runs for seconds only, so the quick C1 compiler and a simple collector start it faster.
        environment.putIfAbsent("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("./mvnw " + String.join(" ", arguments) + " in " + folder
                        + " timed out after " + TIMEOUT.toMinutes() + " minutes; see " + log);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for ./mvnw in " + folder, e);
        }
        return new MavenRun(process.exitValue(), Duration.ofNanos(System.nanoTime() - start), log);
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    /** Returns the last lines of the log, where Maven prints why a build failed. */
    String tail(int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    String seconds() {
        return String.format("%.1f s", elapsed.toMillis() / 1000.0);
    }
}
