package dev.backendcourse.week3;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Path;
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

    @TempDir
    Path moduleFolder;

    @Test
    void restartKeepsCreatedRowsAndSeedsOnce() {
        int id;
        try (CourseServer server = startLikeMain()) {
            given().port(server.port()).when().get("/resources").then().statusCode(200).body("name", hasItem("City Food Bank"));

            id = given()
                    .port(server.port())
                    .contentType(ContentType.JSON)
                    .body("""
                          {"name": "Created before the restart", "category": "Persistence"}
                          """)
                .when()
                    .post("/resources")
                .then()
                    .statusCode(201)
                    .extract().path("id");
        }

        try (CourseServer server = startLikeMain()) {
            given()
                .port(server.port())
            .when()
                .get("/resources/" + id)
            .then()
                .statusCode(200)
                .body("name", equalTo("Created before the restart"));

            given()
                .port(server.port())
                .queryParam("category", "Food")
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", hasSize(1));

            given()
                .port(server.port())
            .when()
                .get("/orders")
            .then()
                .statusCode(200)
                .body("user_name", hasItem("Ada Lovelace"));
        }
    }

    /** Starts the application as {@code main} does, without DATABASE_URL, so the embedded server keeps its data. */
    private CourseServer startLikeMain() {
        Database database = Database.fromEnvironment(Map.of(), moduleFolder, Migrations.schemaAndSeed());
        return CourseServer.start(SqlApi.resourceConfig(database), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
    }
}
