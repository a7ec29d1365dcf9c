package dev.backendcourse.classroom.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backendcourse.classroom.markers.Edition;

/** Exports this repository's week 1; {@code ExportCheck} builds such exports, this test only inspects them. */
class WeekExporterTest {

    private static final CourseRepository COURSE = new CourseRepository(Path.of(".."));
    private static final String WEEK = "week1-hello-api";

    @TempDir
    static Path folder;

    private static Path starter;
    private static Path solution;
    private static WeekExporter.Result starterResult;

    @BeforeAll
    static void exportBothEditions() throws IOException {
        starter = folder.resolve("starter");
        solution = folder.resolve("solution");
        starterResult = WeekExporter.export(COURSE, WEEK, starter, Edition.STARTER);
        WeekExporter.export(COURSE, WEEK, solution, Edition.SOLUTION);
    }

    @Test
    void starterHasEverythingToBuildAlone() {
        for (String file : List.of("pom.xml", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties",
                ".gitignore", "README.md", ".github/workflows/classroom.yml", ".github/classroom/autograding.json",
                "src/main/java/dev/backendcourse/kit/server/CourseServer.java",
                "src/main/resources/logback.xml",
                "src/test/java/dev/backendcourse/kit/testing/CourseServerExtension.java",
                "src/test/java/dev/backendcourse/week1/HelloApiTest.java")) {
            assertThat(starter.resolve(file)).as(file).isRegularFile();
        }
        assertThat(starter.resolve("mvnw")).isExecutable();
        assertThat(starter.resolve("grading.json")).doesNotExist();
        assertThat(starter.resolve("src/main/java/dev/backendcourse/kit/testing")).doesNotExist();
    }

    @Test
    void starterRoutesThrowTodo() throws IOException {
        String root = Files.readString(starter.resolve("src/main/java/dev/backendcourse/week1/RootResource.java"));

        assertThat(root).contains("throw new UnsupportedOperationException(\"TODO: ");
        assertThat(root).doesNotContain("new Greeting(\"Hello World\")");
        assertThat(starterResult.filesWithSolutionCode()).isEqualTo(2);
    }

    @Test
    void solutionKeepsCodeWithoutMarkers() throws IOException {
        String root = Files.readString(solution.resolve("src/main/java/dev/backendcourse/week1/RootResource.java"));

        assertThat(root).contains("return new Greeting(\"Hello World\");");
        assertThat(root).doesNotContain("STARTER", "TODO");
    }

    @Test
    void noMarkerLineReachesEitherEdition() throws IOException {
        for (Path edition : List.of(starter, solution)) {
            try (Stream<Path> files = Files.walk(edition)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(file)).as(file.toString())
                            .doesNotContain("BEGIN SOLUTION", "END SOLUTION", "SOLUTION FILE", "STARTER:");
                }
            }
        }
    }

    @Test
    void readmeIsAdaptedHandout() throws IOException {
        String readme = Files.readString(starter.resolve("README.md"));

        assertThat(readme).startsWith("# Week 1: Hello API");
        assertThat(readme).doesNotContain("-pl week1-hello-api");
        assertThat(readme).contains("| **Total** | **10** |");
    }

    @Test
    void nonEmptyTargetIsRejected() {
        assertThatThrownBy(() -> WeekExporter.export(COURSE, WEEK, starter, Edition.STARTER))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("already exists and is not empty");
    }

    @Test
    void unknownWeekIsRejected(@TempDir Path out) {
        assertThatThrownBy(() -> WeekExporter.export(COURSE, "week9-nothing", out, Edition.STARTER))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown week 'week9-nothing'");
    }
}
