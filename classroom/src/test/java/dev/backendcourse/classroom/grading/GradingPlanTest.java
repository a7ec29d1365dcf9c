package dev.backendcourse.classroom.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingPlanTest {

    @TempDir
    Path folder;

    private GradingPlan read(String json) throws IOException {
        Path file = folder.resolve(GradingPlan.FILE_NAME);
        Files.writeString(file, json);
        return GradingPlan.read(file);
    }

    @Test
    void readsGroupsWithDefaultTimeout() throws IOException {
        GradingPlan plan = read("""
                {"totalPoints": 10, "groups": [
                  {"name": "GET /", "tests": ["HelloApiTest#root*"], "points": 4},
                  {"name": "GET /items", "tests": ["ItemTest", "OtherTest"], "points": 6, "timeoutMinutes": 3}
                ]}
                """);

        assertThat(plan.totalPoints()).isEqualTo(10);
        assertThat(plan.groups()).extracting(GradedGroup::timeoutMinutes).containsExactly(10, 3);
        assertThat(plan.groups().get(1).mavenCommand()).isEqualTo("./mvnw -B -ntp test -Dtest='ItemTest,OtherTest'");
        assertThat(plan.allTestsPattern()).isEqualTo("HelloApiTest#root*,ItemTest,OtherTest");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "points differ from total | {'totalPoints': 5, 'groups': [{'name': 'a', 'tests': ['T'], 'points': 4}]}  | add up to 4, but totalPoints is 5",
        "no groups                | {'totalPoints': 0, 'groups': []}                                          | no graded groups",
        "zero points              | {'totalPoints': 0, 'groups': [{'name': 'a', 'tests': ['T'], 'points': 0}]} | give it at least 1",
        "missing points           | {'totalPoints': 1, 'groups': [{'name': 'a', 'tests': ['T']}]}             | points",
        "unknown field            | {'totalPoints': 1, 'total': 1, 'groups': [{'name': 'a', 'tests': ['T'], 'points': 1}]} | Unrecognized field \"total\"",
        "dollar in name           | {'totalPoints': 1, 'groups': [{'name': 'a$b', 'tests': ['T'], 'points': 1}]} | invalid group name",
        "shell text in pattern    | {'totalPoints': 1, 'groups': [{'name': 'a', 'tests': ['T;rm'], 'points': 1}]} | invalid test pattern",
        "no tests                 | {'totalPoints': 1, 'groups': [{'name': 'a', 'tests': [], 'points': 1}]}   | lists no tests",
        "blank pending reason     | {'totalPoints': 1, 'starterCheckPending': ' ', 'groups': [{'name': 'a', 'tests': ['T'], 'points': 1}]} | starterCheckPending is empty",
        "timeout too long         | {'totalPoints': 1, 'groups': [{'name': 'a', 'tests': ['T'], 'points': 1, 'timeoutMinutes': 61}]} | use 1 to 60",
        "same step id             | {'totalPoints': 2, 'groups': [{'name': 'GET /a', 'tests': ['T'], 'points': 1}, {'name': 'get a', 'tests': ['T'], 'points': 1}]} | share the step id 'get-a'",
    })
    void invalidPlanIsRejectedWithReason(String name, String json, String message) {
        assertThatThrownBy(() -> read(json.replace('\'', '"')))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("invalid " + folder.resolve(GradingPlan.FILE_NAME))
                .hasMessageContaining(message);
    }

    @Test
    void pendingStarterCheckKeepsReason() throws IOException {
        GradingPlan plan = read("""
                {"totalPoints": 1, "starterCheckPending": "migrations are still solution files",
                 "groups": [{"name": "a", "tests": ["T"], "points": 1}]}
                """);

        assertThat(plan.starterCheckPending()).isEqualTo("migrations are still solution files");
    }

    @Test
    void fallbackGivesEachClassItsOwnGroup() {
        GradingPlan plan = GradingPlan.onePerClass(List.of("ATest", "BTest"), 10);

        assertThat(plan.totalPoints()).isEqualTo(20);
        assertThat(plan.groups()).extracting(GradedGroup::tests).containsExactly(List.of("ATest"), List.of("BTest"));
    }

    @Nested
    class Selection {

        private final GradedGroup group = new GradedGroup("g",
                List.of("HelloApiTest#root*+itemIdIsReturnedAsNumber", "ItemResourceTest$QueryParameter", "Other*"), 1,
                1);

        @ParameterizedTest(name = "{0}.{1} -> {2}")
        @CsvSource({
            "HelloApiTest, rootReturnsHelloWorld, true",
            "HelloApiTest, itemIdIsReturnedAsNumber(int)[3], true",
            "HelloApiTest, itemIdIsNegative, false",
            "HelloApiTest$InvalidItemId, rootInNested, true",
            "ItemResourceTest$QueryParameter, limitDefaultsToTen, true",
            "ItemResourceTest$QueryParameter, 'invalidLimitIs422(String, String)[1]', true",
            "ItemResourceTest$RequestBody, validItemIsReturned, false",
            "ItemResourceTest, openApiDescribesItemModel, false",
            "OtherTest, anything, true",
            "OtherTest$Nested, anything, true",
            "AnotherTest, anything, false",
        })
        void selectsTestsAsSurefireDoes(String className, String testName, boolean expected) {
            assertThat(group.selects(className, testName)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"HelloApiTest, true", "ItemResourceTest, true", "OtherThingTest, true", "ItemTest, false"})
        void namesOuterTestClasses(String className, boolean expected) {
            assertThat(group.selectsClass(className)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "GET / returns Hello World, get-returns-hello-world",
            "'GET /items/{item_id}', get-items-item-id",
            "2 routes, group-2-routes",
        })
        void stepIdIsSlugOfName(String name, String expected) {
            assertThat(new GradedGroup(name, List.of("T"), 1, 1).stepId()).isEqualTo(expected);
        }
    }
}
