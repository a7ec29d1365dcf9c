package dev.backendcourse.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.glassfish.jersey.server.ResourceConfig;
import org.opentest4j.TestAbortedException;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.testing.TestDatabases;

/** The modules of this checkout, and the weeks whose notes were written before their module landed. */
final class WeekModules {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern WEEK_FOLDER = Pattern.compile("week(\\d)-[a-z0-9-]+");
    private static final Pattern WEEK_PACKAGE = Pattern.compile("\\.week(\\d)(\\.|$)");

    private final Path root;
    private final Set<String> modules;

    WeekModules(Path root) {
        this.root = root;
        try {
            Matcher matcher = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            Set<String> found = new LinkedHashSet<>();
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            this.modules = found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isModule(String name) {
        return modules.contains(name);
    }

    /**
     * Skips the current check when {@code path} lies in a week folder that this checkout does not have yet.
     * Any other missing path is a mistake in the notes and is left for the caller to report.
     */
    void skipIfWeekNotLanded(String path) {
        String top = path.split("/", 2)[0];
        if (WEEK_FOLDER.matcher(top).matches() && !Files.isDirectory(root.resolve(top))) {
            throw new TestAbortedException(top + " is not in this checkout yet, so this snippet is not checked");
        }
    }

    /** A week's application and the fresh database it runs on, if it needs one. Closing it drops the database. */
    record RunningApplication(ResourceConfig config, Database database) implements AutoCloseable {

        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * Builds the named class's application as {@link #application} does. A class whose {@code resourceConfig} takes a
     * {@link Database} gets a fresh one, migrated with the SQL files of its own week only (never its {@code .data/}).
     */
    RunningApplication open(String className) {
        Class<?> type = load(className);
        try {
            Method withDatabase = type.getMethod("resourceConfig", Database.class);
            Path migrations = weekFolder(weekOf(className)).orElseThrow().resolve("src/main/resources/db/migration");
            Database database = TestDatabases.create(new Migrations(List.of("filesystem:" + migrations)));
            try {
                return new RunningApplication((ResourceConfig) withDatabase.invoke(null, database), database);
            } catch (ReflectiveOperationException | RuntimeException e) {
                database.close();
                throw new AssertionError(className + ".resourceConfig(Database) failed", e);
            }
        } catch (NoSuchMethodException e) {
            return new RunningApplication(application(className), null);
        }
    }

    /** Calls {@code resourceConfig()} on the named class, skipping the check when its week has not landed. */
    ResourceConfig application(String className) {
        try {
            return (ResourceConfig) load(className).getMethod("resourceConfig").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + " has no public static resourceConfig() method to start", e);
        }
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            Matcher week = WEEK_PACKAGE.matcher(className);
            if (week.find() && weekFolder(week.group(1)).isEmpty()) {
                throw new TestAbortedException("week " + week.group(1) + " is not in this checkout yet, so "
                        + className + " cannot serve this transcript");
            }
            throw new AssertionError(className + " is not on the docs-check test classpath. "
                    + "Check the class name in the marker, and that docs-check/pom.xml depends on its module.", e);
        }
    }

    private static String weekOf(String className) {
        Matcher week = WEEK_PACKAGE.matcher(className);
        if (!week.find()) {
            throw new AssertionError(className + " is in no week package, so its migrations cannot be found");
        }
        return week.group(1);
    }

    private Optional<Path> weekFolder(String number) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> child.getFileName().toString().startsWith("week" + number + "-"))
                    .filter(Files::isDirectory)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
