package dev.backendcourse.week4.referrals;

import static dev.backendcourse.week4.Fixtures.createReferral;
import static dev.backendcourse.week4.Fixtures.createResource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week4.OrmApi;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

class ReferralsResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(OrmApi::resourceConfig);

    @Nested
    class Create {

        @Test
        void createdReferralShowsItsResource() {
            int resourceId = createResource("City Food Bank", "Food");

            ExtractableResponse<Response> response = given()
                    .contentType(ContentType.JSON)
                    .body("""
                          {"family_name": "name1", "resource_id": %d, "referral_date": "2026-04-01", "notes": "note1"}
                          """.formatted(resourceId))
                .when()
                    .post("/referrals")
                .then()
                    .statusCode(201)
                    .body("family_name", equalTo("name1"))
                    .body("resource_id", equalTo(resourceId))
                    .body("resource_name", equalTo("City Food Bank"))
                    .body("referral_date", equalTo("2026-04-01"))
                    .body("notes", equalTo("note1"))
                    .extract();

            int id = response.path("id");
            assertThat(response.header("Location")).endsWith("/referrals/" + id);
        }

        @Test
        void notesMayBeLeftOut() {
            int resourceId = createResource("Pantry", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Lee", "resource_id": %d, "referral_date": "2026-04-01"}
                      """.formatted(resourceId))
            .when()
                .post("/referrals")
            .then()
                .statusCode(201)
                .body("notes", nullValue());
        }

        @Test
        void unknownResourceIs422NamingIt() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Lee", "resource_id": 999999, "referral_date": "2026-04-01"}
                      """)
            .when()
                .post("/referrals")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "resource_id")))
                .body("detail[0].msg", equalTo("Resource 999999 not found"))
                .body("detail[0].type", equalTo("foreign_key_violation"));
        }

        @Test
        void missingFieldsAreEachReported() {
            given()
                .contentType(ContentType.JSON)
                .body("{}")
            .when()
                .post("/referrals")
            .then()
                .statusCode(422)
                .body("detail", hasSize(3))
                .body("detail.loc", hasItems(List.of("body", "family_name"), List.of("body", "resource_id"),
                        List.of("body", "referral_date")))
                .body("detail.type", hasItems("missing"));
        }

        @Test
        void familyNameOver255CharactersIs422() {
            int resourceId = createResource("Pantry", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "%s", "resource_id": %d, "referral_date": "2026-04-01"}
                      """.formatted("f".repeat(256), resourceId))
            .when()
                .post("/referrals")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "family_name")))
                .body("detail[0].type", equalTo("string_too_long"));
        }

        @Test
        void longNotesAreStoredWhole() {
            int resourceId = createResource("Pantry", "Food");
            String notes = "Long note. ".repeat(900);

            int id = given()
                    .contentType(ContentType.JSON)
                    .body("""
                          {"family_name": "Lee", "resource_id": %d, "referral_date": "2026-04-01", "notes": "%s"}
                          """.formatted(resourceId, notes))
                .when()
                    .post("/referrals")
                .then()
                    .statusCode(201)
                    .extract().path("id");

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .statusCode(200)
                .body("notes", equalTo(notes));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2026-04-01", "2024-02-29", "1999-12-31", "2026-12-31"})
        void dateRoundTripsUnchanged(String date) {
            int resourceId = createResource("Pantry", "Food");

            int id = createReferral(resourceId, "Lee", date);

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .statusCode(200)
                .body("referral_date", equalTo(date));
        }

        @ParameterizedTest(name = "\"{0}\" is 422")
        @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-4-1", "04/01/2026", "2026-04-01T10:00:00",
                "yesterday", ""})
        void invalidDateIs422AtReferralDate(String date) {
            int resourceId = createResource("Pantry", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Lee", "resource_id": %d, "referral_date": "%s"}
                      """.formatted(resourceId, date))
            .when()
                .post("/referrals")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "referral_date")));
        }

        @Test
        void numericDateIs422() {
            int resourceId = createResource("Pantry", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Lee", "resource_id": %d, "referral_date": 20260401}
                      """.formatted(resourceId))
            .when()
                .post("/referrals")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "referral_date")));
        }
    }

    @Nested
    class ReadAndList {

        @Test
        void readShowsResourceIdAndName() {
            int resourceId = createResource("Bright Futures Tutoring", "Education");
            int id = createReferral(resourceId, "name2", "2026-04-02");

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("resource_id", equalTo(resourceId))
                .body("resource_name", equalTo("Bright Futures Tutoring"));
        }

        @Test
        void missingReferralIs404NamingIt() {
            given()
            .when()
                .get("/referrals/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Referral 999999 not found"));
        }

        @Test
        void listPagesInIdOrder() {
            int resourceId = createResource("Pantry", "Food");
            int first = createReferral(resourceId, "First", "2026-04-01");
            int second = createReferral(resourceId, "Second", "2026-04-01");

            List<Integer> ids = given()
                    .queryParam("limit", 100)
                .when()
                    .get("/referrals")
                .then()
                    .statusCode(200)
                    .extract().path("id");
            assertThat(ids).containsSubsequence(first, second).isSorted();

            int firstIndex = ids.indexOf(first);
            given()
                .queryParam("limit", 1)
                .queryParam("offset", firstIndex + 1)
            .when()
                .get("/referrals")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(ids.get(firstIndex + 1))));
        }
    }

    @Nested
    class Relationship {

        @Test
        void bothSidesShowTheLink() {
            int resourceId = createResource("Clinic", "Health");
            int referralId = createReferral(resourceId, "Diaz", "2026-04-01");

            given().when().get("/referrals/" + referralId).then()
                .body("resource_id", equalTo(resourceId))
                .body("resource_name", equalTo("Clinic"));

            given().when().get("/resources/" + resourceId).then()
                .body("referrals.id", equalTo(List.of(referralId)));
        }

        @Test
        void movingReferralUpdatesBothResources() {
            int from = createResource("From", "Food");
            int to = createResource("To", "Food");
            int referralId = createReferral(from, "Moved", "2026-04-01");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Moved", "resource_id": %d, "referral_date": "2026-04-01"}
                      """.formatted(to))
            .when()
                .put("/referrals/" + referralId)
            .then()
                .statusCode(200)
                .body("resource_id", equalTo(to))
                .body("resource_name", equalTo("To"));

            given().when().get("/resources/" + from + "/referrals").then().body("id", equalTo(List.of()));
            given().when().get("/resources/" + to + "/referrals").then().body("id", equalTo(List.of(referralId)));
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceChangesEveryField() {
            int resourceId = createResource("Pantry", "Food");
            int id = createReferral(resourceId, "Old", "2026-04-01");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "New", "resource_id": %d, "referral_date": "2026-05-15"}
                      """.formatted(resourceId))
            .when()
                .put("/referrals/" + id)
            .then()
                .statusCode(200)
                .body("family_name", equalTo("New"))
                .body("referral_date", equalTo("2026-05-15"))
                .body("notes", nullValue());

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .body("family_name", equalTo("New"))
                .body("referral_date", equalTo("2026-05-15"))
                .body("notes", nullValue());
        }

        @Test
        void replaceMissingReferralIs404() {
            int resourceId = createResource("Pantry", "Food");

            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Ghost", "resource_id": %d, "referral_date": "2026-04-01"}
                      """.formatted(resourceId))
            .when()
                .put("/referrals/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Referral 999999 not found"));
        }

        @Test
        void unknownResourceRollsBackWholeChange() {
            int resourceId = createResource("Pantry", "Food");
            int id = createReferral(resourceId, "Before", "2026-04-01");

            // The family name is set on the entity before the unknown resource_id is found, so only the rollback
            // keeps it out of the database.
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "After", "resource_id": 999999, "referral_date": "2026-04-01"}
                      """)
            .when()
                .put("/referrals/" + id)
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "resource_id")))
                .body("detail[0].msg", equalTo("Resource 999999 not found"));

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .body("family_name", equalTo("Before"))
                .body("resource_id", equalTo(resourceId));
        }
    }

    @Nested
    class Delete {

        @Test
        void deleteIs204ThenReadIs404() {
            int resourceId = createResource("Pantry", "Food");
            int id = createReferral(resourceId, "Gone", "2026-04-01");

            given()
            .when()
                .delete("/referrals/" + id)
            .then()
                .statusCode(204);

            given()
            .when()
                .get("/referrals/" + id)
            .then()
                .statusCode(404);

            given()
            .when()
                .get("/resources/" + resourceId)
            .then()
                .statusCode(200)
                .body("referrals", hasSize(0));
        }

        @Test
        void deleteMissingReferralIs404() {
            given()
            .when()
                .delete("/referrals/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Referral 999999 not found"));
        }
    }
}
