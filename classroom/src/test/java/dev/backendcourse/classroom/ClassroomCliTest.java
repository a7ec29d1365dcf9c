package dev.backendcourse.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassroomCliTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return ClassroomCli.run(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void weeksListsWeekModules() throws IOException {
        int status = run("weeks");

        assertThat(status).isZero();
        assertThat(printed().lines()).contains("week1-hello-api", "week2-validation").doesNotContain("course-kit");
    }

    @Test
    void helpPrintsUsage() throws IOException {
        assertThat(run("--help")).isZero();
        assertThat(printed()).contains("export WEEK --out FOLDER [--solution] [--force]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "publish week1-hello-api              | unknown command 'publish'",
        "export --out x                       | export needs a week, such as week1-hello-api",
        "export week1-hello-api               | export needs --out FOLDER",
        "export week1-hello-api --out         | --out needs a value",
        "export week1-hello-api --zip --out x | unexpected argument '--zip'",
        "check --fast                         | unexpected argument '--fast'",
    })
    void badCommandLineIsUsageError(String commandLine, String message) {
        assertThatThrownBy(() -> run(commandLine.split(" ")))
                .isInstanceOf(ClassroomCli.UsageException.class)
                .hasMessage(message);
    }

    @Test
    void exportPrintsGradingSummary(@TempDir Path folder) throws IOException {
        int status = run("export", "week1-hello-api", "--out", folder.resolve("w1").toString());

        assertThat(status).isZero();
        assertThat(printed()).contains("Exported the starter of week1-hello-api", "Grading: 10 points in 2 groups.");
    }

    @Test
    void forceReplacesOnlyEarlierExport(@TempDir Path folder) throws IOException {
        Path other = folder.resolve("notes");
        Files.createDirectories(other);
        Files.writeString(other.resolve("todo.txt"), "keep me");

        assertThatThrownBy(() -> run("export", "week1-hello-api", "--out", other.toString(), "--force"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not an earlier export");
        assertThat(other.resolve("todo.txt")).hasContent("keep me");

        Path export = folder.resolve("w1").toAbsolutePath();
        run("export", "week1-hello-api", "--out", export.toString());
        assertThat(run("export", "week1-hello-api", "--out", export.toString(), "--solution", "--force")).isZero();
        assertThat(printed()).contains("Exported the solution of week1-hello-api");
    }
}
