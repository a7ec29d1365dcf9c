package dev.backendcourse.week4.resources;

import static dev.backendcourse.week4.Fixtures.createReferral;
import static dev.backendcourse.week4.Fixtures.createResource;
import static dev.backendcourse.week4.Fixtures.uniqueCategory;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week4.OrmApi;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

class ResourcesResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(OrmApi::resourceConfig);

    @Nested
    class Create {

        @Test
        void createdResourceIsReadable() {
            int id = given()
                    .contentType(ContentType.JSON)
                    .body("""
                          {"name": "City Food Bank", "category": "Food", "address": "123 Main St",
                           "contact_email": "help@cityfoodbank.org"}
                          """)
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .body("name", equalTo("City Food Bank"))
                    .body("category", equalTo("Food"))
                    .body("address", equalTo("123 Main St"))
                    .body("contact_email", equalTo("help@cityfoodbank.org"))
                    .body("referrals", empty())
                    .extract().path("id");

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("City Food Bank"));
        }

        @Test
        void locationNamesCreatedResource() {
            ExtractableResponse<Response> response = given()
                    .contentType(ContentType.JSON)
                    .body("""
                          {"name": "Pantry", "category": "Food"}
                          """)
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .extract();

            int id = response.path("id");
            assertThat(response.header("Location")).endsWith("/resources/" + id);
        }

        @Test
        void optionalFieldsMayBeLeftOut() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Pantry", "category": "Food"}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .body("address", nullValue())
                .body("contact_email", nullValue());
        }

        @Test
        void idInBodyIsIgnored() {
            int id = given()
                    .contentType(ContentType.JSON)
                    .body("""
                          {"id": 424242, "name": "Pantry", "category": "Food"}
                          """)
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .extract().path("id");

            assertThat(id).isNotEqualTo(424242);
        }

        @Test
        void longestNameIsStoredWhole() {
            String name = "n".repeat(255);

            int id = createResource(name, "Food");

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("name", equalTo(name));
        }

        @ParameterizedTest(name = "{0} is 422 at {1}")
        @CsvSource(delimiter = '|', value = {
            "{\"category\": \"Food\"}                                    | name          | missing",
            "{\"name\": \"Pantry\"}                                       | category      | missing",
            "{\"name\": null, \"category\": \"Food\"}                     | name          | missing",
            "{\"name\": \"\", \"category\": \"Food\"}                     | name          | string_too_short",
            "{\"name\": \"Pantry\", \"category\": \"\"}                   | category      | string_too_short",
            "{\"name\": \"Pantry\", \"category\": \"Food\", \"contact_email\": \"nope\"} | contact_email | value_error",
        })
        void invalidResourceIs422(String body, String field, String type) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", field)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void nameOver255CharactersIs422() {
            given()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + "n".repeat(256) + "\", \"category\": \"Food\"}")
            .when()
                .post("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "name")))
                .body("detail[0].type", equalTo("string_too_long"));
        }
    }

    @Nested
    class Read {

        @Test
        void readIncludesReferralsInIdOrder() {
            int resourceId = createResource("Bright Futures Tutoring", "Education");
            int first = createReferral(resourceId, "Nguyen", "2026-04-02");
            int second = createReferral(resourceId, "Okafor", "2026-04-01");

            given()
            .when()
                .get("/resources/" + resourceId)
            .then()
                .statusCode(200)
                .body("referrals.id", equalTo(List.of(first, second)))
                .body("referrals.family_name", equalTo(List.of("Nguyen", "Okafor")))
                .body("referrals.referral_date", equalTo(List.of("2026-04-02", "2026-04-01")))
                .body("referrals.resource_id", equalTo(List.of(resourceId, resourceId)));
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

        @Test
        void referralsRouteFollowsRelationship() {
            int resourceId = createResource("Clinic", "Health");
            int referralId = createReferral(resourceId, "Silva", "2026-05-01");

            given()
            .when()
                .get("/resources/" + resourceId + "/referrals")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(referralId)))
                .body("[0].resource_name", equalTo("Clinic"))
                .body("[0].referral_date", equalTo("2026-05-01"));
        }

        @Test
        void referralsOfResourceWithoutReferralsIsEmpty() {
            int resourceId = createResource("Quiet Clinic", "Health");

            given()
            .when()
                .get("/resources/" + resourceId + "/referrals")
            .then()
                .statusCode(200)
                .body("$", empty());
        }

        @Test
        void referralsOfMissingResourceIs404() {
            given()
            .when()
                .get("/resources/999999/referrals")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource 999999 not found"));
        }
    }

    @Nested
    class Listing {

        @Test
        void categoryKeepsOnlyThatCategory() {
            String food = uniqueCategory("Food");
            int pantry = createResource("Pantry", food);
            createResource("Tutoring", uniqueCategory("Education"));
            int kitchen = createResource("Kitchen", food);

            given()
                .queryParam("category", food)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(pantry, kitchen)));
        }

        @Test
        void listIncludesEachResourcesReferrals() {
            String category = uniqueCategory("Listed");
            int withTwo = createResource("Two referrals", category);
            int withNone = createResource("No referrals", category);
            createReferral(withTwo, "Adams", "2026-04-01");
            createReferral(withTwo, "Baker", "2026-04-02");

            given()
                .queryParam("category", category)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(withTwo, withNone)))
                .body("[0].referrals.family_name", equalTo(List.of("Adams", "Baker")))
                .body("[1].referrals", empty());
        }

        @Test
        void limitAndOffsetPageThroughCategory() {
            String category = uniqueCategory("Paged");
            int first = createResource("First", category);
            int second = createResource("Second", category);
            int third = createResource("Third", category);

            given()
                .queryParam("category", category)
                .queryParam("limit", 2)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(first, second)));

            given()
                .queryParam("category", category)
                .queryParam("limit", 2)
                .queryParam("offset", 2)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(third)));
        }

        @Test
        void unknownCategoryIsEmptyList() {
            given()
                .queryParam("category", uniqueCategory("Nothing"))
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", empty());
        }

        @Test
        void defaultLimitIsTwenty() {
            String category = uniqueCategory("Many");
            for (int i = 0; i < 21; i++) {
                createResource("Resource " + i, category);
            }

            given()
                .queryParam("category", category)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", hasSize(20));
        }

        @ParameterizedTest(name = "?{0}={1} is 422")
        @CsvSource({"limit, 0", "limit, 101", "limit, abc", "offset, -1"})
        void invalidPagingIs422(String parameter, String value) {
            given()
                .queryParam(parameter, value)
            .when()
                .get("/resources")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", parameter)));
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceChangesEveryField() {
            int id = createResource("Old name", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "New name", "category": "Health", "address": "9 River Rd"}
                      """)
            .when()
                .put("/resources/" + id)
            .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("New name"))
                .body("category", equalTo("Health"))
                .body("address", equalTo("9 River Rd"))
                .body("contact_email", nullValue());

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("name", equalTo("New name"))
                .body("contact_email", nullValue());
        }

        @Test
        void replaceKeepsReferrals() {
            int id = createResource("Kept", "Food");
            int referralId = createReferral(id, "Lee", "2026-04-01");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Renamed", "category": "Food"}
                      """)
            .when()
                .put("/resources/" + id)
            .then()
                .statusCode(200)
                .body("referrals.id", equalTo(List.of(referralId)))
                .body("referrals[0].resource_name", equalTo("Renamed"));
        }

        @Test
        void replaceMissingResourceIs404() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Ghost", "category": "Food"}
                      """)
            .when()
                .put("/resources/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource 999999 not found"));
        }

        @Test
        void invalidReplacementIs422AndChangesNothing() {
            int id = createResource("Unchanged", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "", "category": "Food"}
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
        void deleteIs204ThenReadIs404() {
            int id = createResource("Short-lived", "Food");

            given()
            .when()
                .delete("/resources/" + id)
            .then()
                .statusCode(204);

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(404);
        }

        @Test
        void deleteMissingResourceIs404() {
            given()
            .when()
                .delete("/resources/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Resource 999999 not found"));
        }

        @Test
        void resourceWithReferralsIs409AndKept() {
            int id = createResource("Busy", "Food");
            int referralId = createReferral(id, "Patel", "2026-04-01");

            given()
            .when()
                .delete("/resources/" + id)
            .then()
                .statusCode(409)
                .body("detail", equalTo("Resource " + id + " still has 1 referral(s). "
                        + "Delete them or move them to another resource first."));

            given()
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("referrals.id", equalTo(List.of(referralId)));
        }

        @Test
        void resourceIsDeletableOnceReferralsAreGone() {
            int id = createResource("Emptied", "Food");
            int referralId = createReferral(id, "Kim", "2026-04-01");

            given().when().delete("/referrals/" + referralId).then().statusCode(204);

            given()
            .when()
                .delete("/resources/" + id)
            .then()
                .statusCode(204);
        }
    }
}
