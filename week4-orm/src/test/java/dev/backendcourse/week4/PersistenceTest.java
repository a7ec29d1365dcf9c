package dev.backendcourse.week4;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;
import io.restassured.http.ContentType;

/**
 * The run command's database, started the way {@code main} starts it but in a temporary module folder: what a client
 * created is still there after the server stops and starts again on the same {@code .data/} folder.
 */
class PersistenceTest {

    /** The API's own address. REST-assured's default, {@code localhost}, may resolve to ::1, where the API does not listen. */
    private static final String API_HOST = "http://" + ServerConfig.DEFAULT_HOST;

    @TempDir
    Path moduleFolder;

    @Test
    void restartKeepsCreatedRowsAndSeedsOnce() {
        int referralId;
        try (CourseServer server = startLikeMain()) {
            given().baseUri(API_HOST).port(server.port()).when().get("/resources").then().statusCode(200).body("$", hasSize(2));

            referralId = given()
                    .baseUri(API_HOST).port(server.port())
                    .contentType(ContentType.JSON)
                    .body("""
                          {"family_name": "Created before the restart", "resource_id": 1, "referral_date": "2026-04-03"}
                          """)
                .when()
                    .post("/referrals")
                .then()
                    .statusCode(201)
                    .extract().path("id");
        }

        try (CourseServer server = startLikeMain()) {
            given()
                .baseUri(API_HOST).port(server.port())
            .when()
                .get("/referrals/" + referralId)
            .then()
                .statusCode(200)
                .body("family_name", equalTo("Created before the restart"))
                .body("referral_date", equalTo("2026-04-03"))
                .body("resource_name", equalTo("City Food Bank"));

            given()
                .baseUri(API_HOST).port(server.port())
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("name", equalTo(List.of("City Food Bank", "Bright Futures Tutoring")))
                .body("[0].referrals.family_name", equalTo(List.of("name1", "Created before the restart")));
        }
    }

    /** Starts the application as {@code main} does, without DATABASE_URL, so the embedded server keeps its data. */
    private CourseServer startLikeMain() {
        Database database = Database.fromEnvironment(Map.of(), moduleFolder, Migrations.schemaAndSeed());
        return CourseServer.start(OrmApi.resourceConfig(database), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
    }
}
