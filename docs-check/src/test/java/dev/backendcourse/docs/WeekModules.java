package dev.backendcourse.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.glassfish.jersey.server.ResourceConfig;
import org.opentest4j.TestAbortedException;

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

    /** Calls {@code resourceConfig()} on the named class, skipping the check when its week has not landed. */
    ResourceConfig application(String className) {
        try {
            return (ResourceConfig) Class.forName(className).getMethod("resourceConfig").invoke(null);
        } catch (ClassNotFoundException e) {
            Matcher week = WEEK_PACKAGE.matcher(className);
            if (week.find() && weekFolder(week.group(1)).isEmpty()) {
                throw new TestAbortedException("week " + week.group(1) + " is not in this checkout yet, so "
                        + className + " cannot serve this transcript");
            }
            throw new AssertionError(className + " is not on the docs-check test classpath. "
                    + "Check the class name in the marker, and that docs-check/pom.xml depends on its module.", e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + " has no public static resourceConfig() method to start", e);
        }
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
