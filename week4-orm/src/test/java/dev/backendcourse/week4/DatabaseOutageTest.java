package dev.backendcourse.week4;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.EmbeddedPostgresServer;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;
import io.restassured.http.ContentType;

/**
 * The database stops while the API runs: every request through Hibernate then gets 503 JSON, and once the database is
 * back the API serves again without a restart. The test starts a database server of its own, because it stops it.
 */
class DatabaseOutageTest {

    /** The API's own address. REST-assured's default, {@code localhost}, may resolve to ::1, where the API does not listen. */
    private static final String API_HOST = "http://" + ServerConfig.DEFAULT_HOST;

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dataFolder;

    @Test
    void outageIs503ThenApiRecovers() throws InterruptedException {
        Path data = dataFolder.resolve("postgres");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(data);
        int databasePort = postgres.port();
        Database database = Database.open(postgres.url("postgres"), Migrations.schema());

        try (CourseServer api = CourseServer.start(OrmApi.resourceConfig(database), new ServerConfig(ServerConfig.DEFAULT_HOST, 0))) {
            int resourceId = given()
                    .baseUri(API_HOST).port(api.port())
                    .contentType(ContentType.JSON)
                    .body("""
                          {"name": "Stored before the outage", "category": "Food"}
                          """)
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .extract().path("id");

            postgres.close();

            given()
                .baseUri(API_HOST).port(api.port())
            .when()
                .get("/resources/" + resourceId)
            .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("detail", equalTo("The database is unavailable. Try again in a few seconds."));
            given()
                .baseUri(API_HOST).port(api.port())
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "Lee", "resource_id": %d, "referral_date": "2026-04-01"}
                      """.formatted(resourceId))
            .when()
                .post("/referrals")
            .then()
                .statusCode(503);

            postgres = EmbeddedPostgresServer.startPersistent(data, databasePort);

            assertThat(waitForStatus(api.port(), "/resources/" + resourceId, 200))
                    .as("API serves again within %s of the database's restart", RECOVERY_LIMIT)
                    .isTrue();
            given()
                .baseUri(API_HOST).port(api.port())
            .when()
                .get("/resources/" + resourceId)
            .then()
                .statusCode(200)
                .body("name", equalTo("Stored before the outage"));
        } finally {
            postgres.close();
        }
    }

    private static boolean waitForStatus(int port, String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (given().baseUri(API_HOST).port(port).when().get(path).statusCode() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
