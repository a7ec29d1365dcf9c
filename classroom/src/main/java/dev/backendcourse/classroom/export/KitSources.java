package dev.backendcourse.classroom.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the kit's source files that a week uses, directly or through other kit classes, so an export leaves out
 * kit packages whose libraries the week does not declare (week 1 has no S3 client, for example).
 *
 * <p>A file uses a kit class when it imports it, names it fully qualified, or, inside the kit, names a class of its
 * own package. The scan reads text, comments included, so it can only keep too much, never too little, except for
 * classes that are loaded by name at run time: none of the kit's are.
 */
final class KitSources {

    private static final Pattern KIT_NAME = Pattern.compile("\\bdev\\.backendcourse\\.kit(?:\\.\\w+)+(?:\\.\\*)?");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Z]\\w*\\b");

    private final Map<String, Path> filesByClass = new HashMap<>();
    private final Map<String, Set<String>> classesByPackage = new HashMap<>();

    private KitSources(Path kitJava) throws IOException {
        try (Stream<Path> files = Files.walk(kitJava)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String relative = kitJava.relativize(file).toString().replace('\\', '/');
                String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                filesByClass.put(className, file);
                classesByPackage.computeIfAbsent(packageOf(className), key -> new TreeSet<>()).add(className);
            }
        }
    }

    /** Returns the kit files under {@code kitJava} that the {@code weekFiles} use, in a stable order. */
    static Set<Path> usedBy(Path kitJava, List<Path> weekFiles) throws IOException {
        if (!Files.isDirectory(kitJava)) {
            return Set.of();
        }
        return new KitSources(kitJava).reachableFrom(weekFiles);
    }

    private Set<Path> reachableFrom(List<Path> weekFiles) throws IOException {
        Set<String> used = new HashSet<>();
        Deque<String> toScan = new ArrayDeque<>();
        for (Path weekFile : weekFiles) {
            for (String className : referencedClasses(Files.readString(weekFile), null)) {
                if (used.add(className)) {
                    toScan.add(className);
                }
            }
        }
        while (!toScan.isEmpty()) {
            String className = toScan.poll();
            String source = Files.readString(filesByClass.get(className));
            for (String referenced : referencedClasses(source, packageOf(className))) {
                if (used.add(referenced)) {
                    toScan.add(referenced);
                }
            }
        }

        Set<Path> files = new TreeSet<>();
        used.forEach(className -> files.add(filesByClass.get(className)));
        return files;
    }

    /** Returns the kit classes a source names; {@code ownPackage} is the file's kit package, or null for a week. */
    private Set<String> referencedClasses(String source, String ownPackage) {
        Set<String> classes = new HashSet<>();
        Matcher names = KIT_NAME.matcher(source);
        while (names.find()) {
            String name = names.group();
            if (name.endsWith(".*")) {
                String prefix = name.substring(0, name.length() - 2);
                classes.addAll(classesByPackage.getOrDefault(prefix, Set.of()));
                addLongestClassPrefix(prefix, classes);
            } else {
                addLongestClassPrefix(name, classes);
            }
        }
        if (ownPackage != null) {
            Set<String> samePackage = classesByPackage.getOrDefault(ownPackage, Set.of());
            Matcher identifiers = IDENTIFIER.matcher(source);
            while (identifiers.find()) {
                String candidate = ownPackage + "." + identifiers.group();
                if (samePackage.contains(candidate)) {
                    classes.add(candidate);
                }
            }
        }
        return classes;
    }

    /** Adds the class that {@code name} names, such as a class in {@code kit.errors.ErrorResponses.status}. */
    private void addLongestClassPrefix(String name, Set<String> classes) {
        for (String prefix = name; prefix.contains("."); prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
            if (filesByClass.containsKey(prefix)) {
                classes.add(prefix);
                return;
            }
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }
}
