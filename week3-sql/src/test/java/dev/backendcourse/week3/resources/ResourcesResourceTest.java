package dev.backendcourse.week3.resources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week3.SqlApi;
import io.restassured.http.ContentType;

class ResourcesResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    /** Creates a resource through the API and returns its id. */
    static int createResource(String name, String category, String description) {
        return given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest(name, category, description))
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .extract().path("id");
    }

    /** Returns a category that no other test uses, so a filtered list contains only this test's rows. */
    static String uniqueCategory() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    class Create {

        @Test
        void createdResourceIsReturnedWith201() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "City Food Bank", "category": "Food", "description": "Free weekly groceries for families."}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .body("id", greaterThan(0))
                .body("name", equalTo("City Food Bank"))
                .body("category", equalTo("Food"))
                .body("description", equalTo("Free weekly groceries for families."));
        }

        @Test
        void locationHeaderPointsAtNewResource() {
            String location = given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Bright Futures Tutoring", "category": "Education"}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .extract().header("Location");

            given()
            .when()
                .get(location)
            .then()
                .statusCode(200)
                .body("name", equalTo("Bright Futures Tutoring"));
        }

        @Test
        void optionalFieldsMayBeLeftOut() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Night Shelter"}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .body("category", nullValue())
                .body("description", nullValue());
        }

        @Test
        void idInBodyIsIgnored() {
            int id = given()
                .contentType(ContentType.JSON)
                .body("""
                      {"id": 987654, "name": "Chosen id"}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .extract().path("id");

            assertThat(id).isNotEqualTo(987654);
        }

        @Test
        void createdResourceIsStoredInDatabase() {
            int id = createResource("Stored row", "Food", "Read back from PostgreSQL");

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("description", equalTo("Read back from PostgreSQL"));
        }

        @Test
        void longestValuesThatFitAreAccepted() {
            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("n".repeat(255), "c".repeat(50), "d".repeat(100_000)))
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .body("name.length()", equalTo(255))
                .body("category.length()", equalTo(50))
                .body("description.length()", equalTo(100_000));
        }
    }

    @Nested
    class InvalidBody {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{}                                               | name     | missing",
            "{\"category\": \"Food\"}                         | name     | missing",
            "{\"name\": null}                                 | name     | missing",
            "{\"name\": \"\"}                                 | name     | string_too_short",
            "{\"name\": 5}                                    | name     | string_type",
            "{\"name\": [\"a\"]}                              | name     | string_type",
            "{\"name\": \"Ok\", \"category\": 7}              | category | string_type",
            "{\"name\": \"Ok\", \"description\": false}       | description | string_type",
            "{\"name\": \"Nul\\u0000byte\"}                   | name     | string_pattern_mismatch",
        })
        void invalidFieldIs422NamingIt(String body, String field, String type) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/resources")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("body", field)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void nameOverColumnSizeIs422() {
            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("n".repeat(256), null, null))
            .when()
                .post("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "name")))
                .body("detail[0].type", equalTo("string_too_long"))
                .body("detail[0].msg", equalTo("String should have at most 255 characters"));
        }

        @Test
        void categoryOverColumnSizeIs422() {
            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("Ok", "c".repeat(51), null))
            .when()
                .post("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "category")))
                .body("detail[0].type", equalTo("string_too_long"));
        }

        @Test
        void rejectedResourceIsNotStored() {
            String category = uniqueCategory();

            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("", category, null))
            .when()
                .post("/resources")
            .then()
                .statusCode(422);

            given()
                .queryParam("category", category)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", empty());
        }
    }

    @Nested
    class Read {

        @Test
        void existingResourceIsReturned() {
            int id = createResource("Eastside Community Clinic", "Health", "Walk-in checkups.");

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("name", equalTo("Eastside Community Clinic"))
                .body("category", equalTo("Health"))
                .body("description", equalTo("Walk-in checkups."));
        }

        @Test
        void missingResourceIs404NamingIt() {
            given()
            .when()
                .get("/resources/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource 999999 not found"));
        }

        @ParameterizedTest(name = "/resources/{0}")
        @ValueSource(strings = {"abc", "1.5", "2147483648", "1%20OR%201=1"})
        void nonIntegerIdIs422(String id) {
            given()
                .urlEncodingEnabled(false)
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("path", "id")));
        }
    }

    @Nested
    class ListAndFilter {

        @Test
        void categoryFilterReturnsOnlyThatCategory() {
            String food = uniqueCategory();
            String health = uniqueCategory();
            int first = createResource("Pantry", food, null);
            createResource("Clinic", health, null);
            int second = createResource("Soup kitchen", food, null);

            given()
                .queryParam("category", food)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(first, second)))
                .body("category", equalTo(List.of(food, food)));
        }

        @Test
        void unknownCategoryGivesEmptyList() {
            given()
                .queryParam("category", uniqueCategory())
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", empty());
        }

        @Test
        void listIsOrderedById() {
            List<Integer> ids = given().queryParam("limit", 100).when().get("/resources").then().statusCode(200)
                    .extract().path("id");

            assertThat(ids).isSorted();
        }

        @Test
        void limitAndOffsetSelectOnePage() {
            String category = uniqueCategory();
            List<Integer> created = List.of(createResource("r1", category, null), createResource("r2", category, null),
                    createResource("r3", category, null), createResource("r4", category, null),
                    createResource("r5", category, null));

            given()
                .queryParam("category", category)
                .queryParam("limit", 2)
                .queryParam("offset", 1)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(created.subList(1, 3)));
        }

        @Test
        void offsetPastEndGivesEmptyList() {
            String category = uniqueCategory();
            createResource("only", category, null);

            given()
                .queryParam("category", category)
                .queryParam("offset", 1)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", empty());
        }

        @Test
        void limitDefaultsToTwenty() {
            String category = uniqueCategory();
            for (int i = 0; i < 25; i++) {
                createResource("row " + i, category, null);
            }

            given()
                .queryParam("category", category)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", hasSize(20));
        }

        @Test
        void limitOfOneHundredIsAllowed() {
            given()
                .queryParam("limit", 100)
            .when()
                .get("/resources")
            .then()
                .statusCode(200);
        }

        @ParameterizedTest(name = "?{0}={1} is {2}")
        @CsvSource({
            "limit, 0, greater_than_equal",
            "limit, -1, greater_than_equal",
            "limit, 101, less_than_equal",
            "limit, abc, int_parsing",
            "limit, '', int_parsing",
            "limit, 2.5, int_parsing",
            "offset, -1, greater_than_equal",
            "offset, x, int_parsing",
        })
        void invalidPagingIs422NamingParameter(String parameter, String value, String type) {
            given()
                .queryParam(parameter, value)
            .when()
                .get("/resources")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("query", parameter)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void categoryOverColumnSizeIs422() {
            given()
                .queryParam("category", "c".repeat(51))
            .when()
                .get("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "category")));
        }
    }

    @Nested
    class Update {

        @Test
        void putReplacesEveryField() {
            int id = createResource("Old name", "Food", "Old description");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "New name", "category": "Health"}
                      """)
            .when()
                .put("/resources/" + id)
            .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("New name"))
                .body("category", equalTo("Health"))
                .body("description", nullValue());

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("name", equalTo("New name"))
                .body("description", nullValue());
        }

        @Test
        void updateChangesOnlyThatRow() {
            int kept = createResource("Kept", "Food", null);
            int changed = createResource("Changed", "Food", null);

            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("Renamed", "Food", null))
            .when()
                .put("/resources/" + changed)
            .then()
                .statusCode(200);

            given()
            .when()
                .get("/resources/" + kept)
            .then()
                .statusCode(200)
                .body("name", equalTo("Kept"));
        }

        @Test
        void updatingMissingResourceIs404() {
            given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest("Nobody", null, null))
            .when()
                .put("/resources/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource 999999 not found"));
        }

        @Test
        void invalidReplacementIs422AndKeepsRow() {
            int id = createResource("Unchanged", "Food", null);

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": ""}
                      """)
            .when()
                .put("/resources/" + id)
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "name")));

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .body("name", equalTo("Unchanged"));
        }
    }

    @Nested
    class Delete {

        @Test
        void deletedResourceIsGone() {
            int id = createResource("Closing down", "Food", null);

            given()
            .when()
                .delete("/resources/" + id)
            .then()
                .statusCode(204)
                .body(equalTo(""));

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(404);
        }

        @Test
        void deletingTwiceIs404() {
            int id = createResource("Once", "Food", null);
            given().when().delete("/resources/" + id).then().statusCode(204);

            given()
            .when()
                .delete("/resources/" + id)
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource " + id + " not found"));
        }
    }

    @Test
    void openApiDescribesResourceRoutes() {
        given()
        .when()
            .get("/openapi.json")
        .then()
            .statusCode(200)
            .body("components.schemas.ResourceRequest.required", equalTo(List.of("name")))
            .body("components.schemas.ResourceRequest.properties.name.maxLength", equalTo(255))
            .body("components.schemas.ResourceRequest.properties.category.maxLength", equalTo(50))
            .body("paths.'/resources'.keySet()", equalTo(Set.of("get", "post")))
            .body("paths.'/resources/{id}'.keySet()", equalTo(Set.of("get", "put", "delete")));
    }
}
