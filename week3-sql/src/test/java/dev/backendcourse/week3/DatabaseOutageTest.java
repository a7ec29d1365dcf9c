package dev.backendcourse.week3;

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
 * The database stops under a running API and starts again: meanwhile every request gets 503 JSON, and afterwards the
 * API serves again by itself, with its data. It uses a server of its own, because it stops that server.
 */
class DatabaseOutageTest {

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dataFolder;

    @Test
    void outageGives503ThenRecovers() throws InterruptedException {
        Path data = dataFolder.resolve("postgres");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(data);
        int databasePort = postgres.port();
        Database database = Database.open(postgres.url("postgres"), Migrations.schema());

        try (CourseServer api = CourseServer.start(SqlApi.resourceConfig(database), new ServerConfig(ServerConfig.DEFAULT_HOST, 0))) {
            int id = given()
                    .port(api.port())
                    .contentType(ContentType.JSON)
                    .body("{\"name\": \"Written before the outage\"}")
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .extract().path("id");

            postgres.close();

            given()
                .port(api.port())
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("detail", equalTo("The database is unavailable. Try again in a few seconds."));
            given()
                .port(api.port())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Written during the outage\"}")
            .when()
                .post("/resources")
            .then()
                .statusCode(503);

            postgres = EmbeddedPostgresServer.startPersistent(data, databasePort);

            assertThat(waitForStatus(api.port(), "/resources/" + id, 200)).as("API recovered within %s", RECOVERY_LIMIT).isTrue();
            given()
                .port(api.port())
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("name", equalTo("Written before the outage"));
        } finally {
            postgres.close();
        }
    }

    private static boolean waitForStatus(int port, String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (given().port(port).when().get(path).statusCode() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
