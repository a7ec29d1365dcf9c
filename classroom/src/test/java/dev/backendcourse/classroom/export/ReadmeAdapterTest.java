package dev.backendcourse.classroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.classroom.grading.GradedGroup;
import dev.backendcourse.classroom.grading.GradingPlan;
import dev.backendcourse.classroom.markers.Edition;

class ReadmeAdapterTest {

    private static final GradingPlan PLAN = new GradingPlan(10, List.of(
            new GradedGroup("GET /", List.of("HelloApiTest#root"), 4, 10),
            new GradedGroup("GET /items", List.of("HelloApiTest#item"), 6, 10)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "./mvnw -pl week1-hello-api -am compile exec:java | ./mvnw compile exec:java",
        "./mvnw -pl week1-hello-api -am verify            | ./mvnw verify",
        "`./mvnw -q -pl week1-hello-api test`             | `./mvnw -q test`",
        "./mvnw -pl week1-hello-api-extra test            | ./mvnw -pl week1-hello-api-extra test",
        "./mvnw -pl week2-validation -am verify           | ./mvnw -pl week2-validation -am verify",
    })
    void commandsLoseModuleSelection(String line, String expected) {
        String adapted = ReadmeAdapter.forStandaloneRepository("# Week 1\n\n" + line + "\n", "week1-hello-api", PLAN,
                Edition.SOLUTION);

        assertThat(adapted.lines().toList()).element(2).isEqualTo(expected);
    }

    @Test
    void tableEndsGradingSection() {
        String handout = """
                # Week 1

                ## How it is graded

                The graded tests are HelloApiTest.

                ## Next week

                Validation.
                """;

        String adapted = ReadmeAdapter.forStandaloneRepository(handout, "week1-hello-api", PLAN, Edition.SOLUTION);

        assertThat(adapted).contains("""
                The graded tests are HelloApiTest.

                | Tests | Points | Run them alone |
                |---|---:|---|
                | GET / | 4 | `./mvnw test -Dtest='HelloApiTest#root'` |
                | GET /items | 6 | `./mvnw test -Dtest='HelloApiTest#item'` |
                | **Total** | **10** | `./mvnw test` |
                """);
        assertThat(adapted.indexOf("| **Total**")).isLessThan(adapted.indexOf("## Next week"));
    }

    @Test
    void starterNoteFollowsTitle() {
        String adapted = ReadmeAdapter.forStandaloneRepository("# Week 1\n\nGoal.\n", "week1-hello-api", PLAN,
                Edition.STARTER);

        assertThat(adapted).startsWith("# Week 1\n\n" + ReadmeAdapter.STARTER_NOTE + "\n\nGoal.\n");
    }

    @Test
    void missingGradingSectionIsAdded() {
        String adapted = ReadmeAdapter.forStandaloneRepository("# Week 1\n", "week1-hello-api", PLAN,
                Edition.SOLUTION);

        assertThat(adapted).startsWith("# Week 1\n\n## How it is graded\n\n| Tests | Points |");
        assertThat(adapted).endsWith("under the repository's Actions tab.\n");
    }
}
