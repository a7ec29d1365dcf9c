package dev.backendcourse.classroom.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Parses the generated files as GitHub Actions and classroom platforms would, and checks them against the keys
 * that the actions document: the command grader's test-name, command, timeout and max-score, the reporter's
 * runners and {@code <ID>_RESULTS} variables, and the legacy format's name, setup, run, input, output, comparison,
 * timeout and points.
 */
class ClassroomWorkflowTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GRADER_INPUTS = Set.of("test-name", "setup-command", "command", "timeout",
            "max-score");
    private static final Set<String> LEGACY_TEST_KEYS = Set.of("name", "setup", "run", "input", "output",
            "comparison", "timeout", "points");

    private static final GradingPlan PLAN = new GradingPlan(10, List.of(
            new GradedGroup("GET / returns Hello World", List.of("HelloApiTest#rootReturnsHelloWorld"), 4, 10),
            new GradedGroup("GET /items/{item_id}", List.of("ItemTest$Nested", "OtherTest"), 6, 5)));

    /** Returns the plans of the weeks in this repository that declare one, so their real files are checked too. */
    static Stream<Path> weekGradingFiles() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            return folders.map(folder -> folder.resolve(GradingPlan.FILE_NAME)).filter(Files::exists).toList().stream();
        }
    }

    @Test
    void workflowFollowsClassroomForm() throws IOException {
        JsonNode workflow = YAML.readTree(ClassroomWorkflow.workflowYaml(PLAN));

        assertThat(workflow.path("name").asText()).isEqualTo("Autograding Tests");
        assertThat(workflow.path("on")).extracting(JsonNode::toString).asString().contains("push");
        assertThat(workflow.path("permissions").path("checks").asText()).isEqualTo("write");
        assertThat(workflow.path("jobs").size()).isEqualTo(1);

        JsonNode steps = workflow.path("jobs").elements().next().path("steps");
        JsonNode setupJava = stepUsing(steps, "actions/setup-java@").get(0);
        assertThat(setupJava.path("with").path("java-version").asText()).isEqualTo("17");
        assertThat(setupJava.path("with").path("cache").asText()).isEqualTo("maven");
    }

    @Test
    void graderStepPerGroupWithScoreAndTimeout() throws IOException {
        JsonNode steps = YAML.readTree(ClassroomWorkflow.workflowYaml(PLAN)).path("jobs").elements().next()
                .path("steps");
        List<JsonNode> graders = stepUsing(steps, "classroom-resources/autograding-command-grader@v1");

        assertThat(graders).hasSize(2);
        assertThat(graders.get(0).path("id").asText()).isEqualTo("get-returns-hello-world");
        assertThat(graders.get(1).path("with").path("test-name").asText()).isEqualTo("GET /items/{item_id}");
        assertThat(graders.get(1).path("with").path("command").asText())
                .isEqualTo("./mvnw -B -ntp test -Dtest='ItemTest$Nested,OtherTest'");
        assertThat(graders.get(1).path("with").path("timeout").asInt()).isEqualTo(5);
        for (JsonNode grader : graders) {
            List<String> inputs = new ArrayList<>();
            grader.path("with").fieldNames().forEachRemaining(inputs::add);
            assertThat(GRADER_INPUTS).containsAll(inputs);
        }
    }

    @Test
    void reporterReadsEveryGrader() throws IOException {
        JsonNode steps = YAML.readTree(ClassroomWorkflow.workflowYaml(PLAN)).path("jobs").elements().next()
                .path("steps");
        JsonNode reporter = stepUsing(steps, "classroom-resources/autograding-grading-reporter@v1").get(0);

        assertThat(reporter.path("with").path("runners").asText())
                .isEqualTo("get-returns-hello-world,get-items-item-id");
        assertThat(reporter.path("env").path("GET-ITEMS-ITEM-ID_RESULTS").asText())
                .isEqualTo("${{ steps.get-items-item-id.outputs.result }}");
    }

    @Test
    void scoreTableRunsAfterFailures() throws IOException {
        JsonNode steps = YAML.readTree(ClassroomWorkflow.workflowYaml(PLAN)).path("jobs").elements().next()
                .path("steps");
        JsonNode table = steps.get(steps.size() - 1);

        assertThat(table.path("if").asText()).isEqualTo("always()");
        assertThat(table.path("run").asText())
                .contains(">> \"$GITHUB_STEP_SUMMARY\"")
                .contains("row \"GET /items/{item_id}\" 6 \"$GROUP_2_RESULT\"")
                .contains("/ 10**");
        assertThat(table.path("env").path("GROUP_1_RESULT").asText())
                .isEqualTo("${{ steps.get-returns-hello-world.outputs.result }}");
    }

    @Test
    void autogradingJsonHasLegacyKeysAndPoints() throws IOException {
        JsonNode tests = JSON.readTree(ClassroomWorkflow.autogradingJson(PLAN)).path("tests");

        assertThat(tests.size()).isEqualTo(2);
        for (JsonNode test : tests) {
            List<String> keys = new ArrayList<>();
            test.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyInAnyOrderElementsOf(LEGACY_TEST_KEYS);
        }
        assertThat(tests.get(0).path("run").asText())
                .isEqualTo("./mvnw -B -ntp test -Dtest='HelloApiTest#rootReturnsHelloWorld'");
        assertThat(tests.get(1).path("timeout").asInt()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weekGradingFiles")
    void weekFilesAddUpToDeclaredTotal(Path gradingFile) throws IOException {
        GradingPlan plan = GradingPlan.read(gradingFile);
        JsonNode workflow = YAML.readTree(ClassroomWorkflow.workflowYaml(plan));
        JsonNode legacy = JSON.readTree(ClassroomWorkflow.autogradingJson(plan));

        int workflowPoints = 0;
        for (JsonNode grader : stepUsing(workflow.path("jobs").elements().next().path("steps"),
                "classroom-resources/autograding-command-grader@v1")) {
            workflowPoints += grader.path("with").path("max-score").asInt();
        }
        int legacyPoints = 0;
        for (JsonNode test : legacy.path("tests")) {
            legacyPoints += test.path("points").asInt();
        }
        assertThat(workflowPoints).as("max-score sum in classroom.yml").isEqualTo(plan.totalPoints());
        assertThat(legacyPoints).as("points sum in autograding.json").isEqualTo(plan.totalPoints());
    }

    @Test
    void repositoryHasWeeksWithGradingFiles() throws IOException {
        assertThat(weekGradingFiles().map(path -> path.getParent().getFileName().toString()))
                .contains("week1-hello-api", "week2-validation");
    }

    private static List<JsonNode> stepUsing(JsonNode steps, String action) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode step : steps) {
            if (step.path("uses").asText().startsWith(action)) {
                matching.add(step);
            }
        }
        return matching;
    }
}
