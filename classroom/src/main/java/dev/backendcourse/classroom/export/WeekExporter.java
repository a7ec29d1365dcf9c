package dev.backendcourse.classroom.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.backendcourse.classroom.grading.ClassroomWorkflow;
import dev.backendcourse.classroom.grading.GradedGroup;
import dev.backendcourse.classroom.grading.GradingPlan;
import dev.backendcourse.classroom.markers.CommentSyntax;
import dev.backendcourse.classroom.markers.Edition;
import dev.backendcourse.classroom.markers.MarkerException;
import dev.backendcourse.classroom.markers.MarkerProcessor;

/**
 * Writes one week as a standalone repository folder: the week's sources and tests, the kit's sources, a flattened
 * {@code pom.xml}, the Maven wrapper, the lab handout as {@code README.md}, and the autograding files.
 */
public final class WeekExporter {

    /** Points per test class when a week has no grading file yet. */
    static final int FALLBACK_POINTS_PER_CLASS = 10;

    private static final Set<String> WEEK_FILES_NOT_COPIED = Set.of("pom.xml", GradingPlan.FILE_NAME, "README.md");
    private static final Set<String> FOLDERS_NOT_COPIED = Set.of("target", ".data", ".idea", ".vscode");
    private static final List<String> ROOT_FILES_COPIED = List.of("mvnw", "mvnw.cmd", "LICENSE", ".gitattributes",
            ".editorconfig");
    private static final String KIT_TEST_SUPPORT = "testing";

    private final CourseRepository course;
    private final Edition edition;
    private final Path out;
    private final Set<Path> written = new HashSet<>();
    private final List<String> leftOut = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int changedFiles;

    private WeekExporter(CourseRepository course, Edition edition, Path out) {
        this.course = course;
        this.edition = edition;
        this.out = out;
    }

    /** The summary of one export: its folder, grading plan, file counts and warnings. */
    public record Result(Path folder, Edition edition, GradingPlan plan, boolean gradingDeclared, int filesWritten,
            int filesWithSolutionCode, List<String> filesLeftOut, List<String> warnings) {
    }

    /**
     * Exports {@code week} into {@code out}, which must not exist or be empty.
     *
     * @throws MarkerException if a source file has a misplaced marker
     * @throws IllegalArgumentException if the grading file or a pom cannot be used
     */
    public static Result export(CourseRepository course, String week, Path out, Edition edition) throws IOException {
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new IOException(out + " already exists and is not empty; choose another folder or pass --force");
        }
        Files.createDirectories(out);
        return new WeekExporter(course, edition, out.toAbsolutePath().normalize()).run(week);
    }

    private Result run(String week) throws IOException {
        Path weekDir = course.week(week);
        GradingPlan plan = gradingPlan(week, weekDir);

        copyKit(weekDir);
        copyWeek(weekDir);
        writeReadme(week, weekDir, plan);
        write("pom.xml", PomFlattener.flatten(course.root().resolve("pom.xml"), course.kit().resolve("pom.xml"),
                weekDir.resolve("pom.xml")));
        copyBuildTooling();
        write(ClassroomWorkflow.WORKFLOW_PATH, ClassroomWorkflow.workflowYaml(plan));
        write(ClassroomWorkflow.AUTOGRADING_JSON_PATH, ClassroomWorkflow.autogradingJson(plan));

        boolean gradingDeclared = Files.exists(weekDir.resolve(GradingPlan.FILE_NAME));
        return new Result(out, edition, plan, gradingDeclared, written.size(), changedFiles, List.copyOf(leftOut),
                List.copyOf(warnings));
    }

    /**
     * Reads the week's grading file and checks that each group names an existing test class. Tests in no group
     * still run with {@code ./mvnw test} but earn no points, like the kit's error-contract tests.
     */
    private GradingPlan gradingPlan(String week, Path weekDir) throws IOException {
        List<String> testClasses = testClasses(weekDir.resolve("src/test/java"));
        Path gradingFile = weekDir.resolve(GradingPlan.FILE_NAME);

        if (!Files.exists(gradingFile)) {
            if (testClasses.isEmpty()) {
                throw new IOException(week + " has no tests under src/test/java, so there is nothing to grade");
            }
            warnings.add(week + " has no " + GradingPlan.FILE_NAME + "; each test class is worth "
                    + FALLBACK_POINTS_PER_CLASS + " points until one is written");
            return GradingPlan.onePerClass(testClasses, FALLBACK_POINTS_PER_CLASS);
        }

        GradingPlan plan = GradingPlan.read(gradingFile);
        for (GradedGroup group : plan.groups()) {
            if (testClasses.stream().noneMatch(group::selectsClass)) {
                throw new IllegalArgumentException(gradingFile + ": group '" + group.name() + "' selects none of the"
                        + " test classes " + testClasses + ". Check the names in its \"tests\".");
            }
        }
        return plan;
    }

    /**
     * Returns the simple names of the test classes, named as Surefire's defaults include them: *Test, *Tests and
     * *TestCase. Surefire also includes Test*, which is left out here because weeks use that prefix for helpers.
     */
    static List<String> testClasses(Path testSources) throws IOException {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .filter(name -> name.endsWith("Test") || name.endsWith("Tests") || name.endsWith("TestCase"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Copies the kit's sources that the week uses, and the kit's resources. The test support package goes among
     * the tests, where JUnit is available.
     */
    private void copyKit(Path weekDir) throws IOException {
        Path kitJava = course.kit().resolve("src/main/java");
        List<Path> weekJava = filesUnder(weekDir.resolve("src")).stream()
                .filter(file -> file.toString().endsWith(".java"))
                .toList();
        for (Path file : KitSources.usedBy(kitJava, weekJava)) {
            Path relative = kitJava.relativize(file);
            boolean testSupport = false;
            for (Path segment : relative) {
                testSupport |= segment.toString().equals(KIT_TEST_SUPPORT);
            }
            String target = (testSupport ? "src/test/java/" : "src/main/java/") + slashes(relative);
            copyProcessed(file, target);
        }
        Path kitResources = course.kit().resolve("src/main/resources");
        for (Path file : filesUnder(kitResources)) {
            copyProcessed(file, "src/main/resources/" + slashes(kitResources.relativize(file)));
        }
    }

    /**
     * Copies everything in the week's folder except its pom, grading file, README and build output. A file outside
     * {@code src/} that names the week's folder, such as a Dockerfile, may expect the course repository's layout,
     * so it gets a warning.
     */
    private void copyWeek(Path weekDir) throws IOException {
        String week = weekDir.getFileName().toString();
        for (Path file : filesUnder(weekDir)) {
            Path relative = weekDir.relativize(file);
            if (relative.getNameCount() == 1 && WEEK_FILES_NOT_COPIED.contains(relative.toString())) {
                continue;
            }
            if (!relative.startsWith("src") && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains(week)) {
                warnings.add(slashes(relative) + " names " + week + ", perhaps as a folder of the course repository,"
                        + " which the export does not have; check that it works from the export's root folder");
            }
            copyProcessed(file, slashes(relative));
        }
    }

    /**
     * Writes the lab handout as the export's README, adapted to a repository that holds only this week: commands
     * lose their {@code -pl WEEK -am}, and the grading section gets the table of points.
     */
    private void writeReadme(String week, Path weekDir, GradingPlan plan) throws IOException {
        Path readme = weekDir.resolve("README.md");
        String handout;
        if (Files.exists(readme)) {
            String name = slashes(course.root().relativize(readme));
            handout = MarkerProcessor.process(name, Files.readString(readme), CommentSyntax.XML, edition)
                    .orElseThrow(() -> new MarkerException(name, 1, "the lab handout cannot be solution-only"));
        } else {
            warnings.add(week + " has no README.md; the export has a short one with the grading table only");
            handout = "# " + week + "\n";
        }
        write("README.md", ReadmeAdapter.forStandaloneRepository(handout, week, plan, edition));
    }

    private void copyBuildTooling() throws IOException {
        for (String name : ROOT_FILES_COPIED) {
            Path file = course.root().resolve(name);
            if (Files.exists(file)) {
                copyVerbatim(file, name);
            }
        }
        Path mavenConfig = course.root().resolve(".mvn");
        for (Path file : filesUnder(mavenConfig)) {
            copyVerbatim(file, ".mvn/" + slashes(mavenConfig.relativize(file)));
        }
        write(".gitignore", resource("starter.gitignore"));
    }

    /** Copies a file through the marker processor, or leaves it out when it is solution-only in a starter. */
    private void copyProcessed(Path source, String target) throws IOException {
        Optional<CommentSyntax> syntax = CommentSyntax.forFile(source.getFileName().toString());
        String name = slashes(course.root().relativize(source));

        if (syntax.isEmpty()) {
            // ISO-8859-1 maps every byte to a character, so binary files can be searched for the markers too.
            if (containsMarker(new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1))) {
                throw new MarkerException(name, 1, "solution markers in a file type the exporter cannot process."
                        + " Move the solution into a .java, .sql, .xml, .md, .properties or .yml file.");
            }
            copyVerbatim(source, target);
            return;
        }

        String text = Files.readString(source);
        Optional<String> processed = MarkerProcessor.process(name, text, syntax.get(), edition);
        if (processed.isEmpty()) {
            leftOut.add(name);
            return;
        }
        if (!processed.get().equals(text)) {
            changedFiles++;
        }
        write(target, processed.get());
    }

    private static boolean containsMarker(String text) {
        return text.contains("BEGIN SOLUTION") || text.contains("END SOLUTION") || text.contains("SOLUTION FILE");
    }

    private void copyVerbatim(Path source, String target) throws IOException {
        Path destination = claim(target);
        Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private void write(String target, String text) throws IOException {
        Files.writeString(claim(target), text);
    }

    /** Returns the destination of {@code target}, failing if two sources would land on the same file. */
    private Path claim(String target) throws IOException {
        Path destination = out.resolve(target).normalize();
        if (!destination.startsWith(out)) {
            throw new IOException("refusing to write " + target + " outside " + out);
        }
        if (!written.add(destination)) {
            throw new IOException("two source files would both be exported as " + target
                    + "; rename one of them (the kit and the week share one source tree in the export)");
        }
        Files.createDirectories(destination.getParent());
        return destination;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        for (Path segment : folder.relativize(file)) {
                            if (FOLDERS_NOT_COPIED.contains(segment.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String resource(String name) {
        try (InputStream input = WeekExporter.class.getResourceAsStream(name)) {
            if (input == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + WeekExporter.class);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
