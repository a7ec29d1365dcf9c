package dev.backendcourse.kit.database;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Finds a week's module folder, where its {@code .data/} folder lives, wherever the program was started from. */
public final class ModuleDirectory {

    /** Set by the parent pom's exec plugin configuration to the module's folder. */
    public static final String PROPERTY = "course.module.dir";

    private ModuleDirectory() {
    }

    /**
     * Returns the folder named by the {@value #PROPERTY} system property. Without it, returns the folder above the
     * {@code target/} that contains {@code application}'s classes or jar, and failing both, the working directory.
     */
    public static Path of(Class<?> application) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return fromCodeSource(application).orElseGet(() -> Path.of("").toAbsolutePath());
    }

    private static Optional<Path> fromCodeSource(Class<?> application) {
        CodeSource source = application.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            // target/classes or target/week.jar: the module folder is two levels up.
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            Path target = location.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && Files.isDirectory(target.getParent())) {
                return Optional.of(target.getParent());
            }
            return Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
