package dev.backendcourse.week5;

import static dev.backendcourse.week5.Clients.bearer;
import static dev.backendcourse.week5.Clients.newAccountToken;
import static dev.backendcourse.week5.Clients.newVideo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;
import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.kit.testing.TestDatabases;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Two or more instances sharing one database, one Redis and one object store, as behind a load balancer: a write
 * through one instance is visible through any other at once, because every write deletes the shared cache entry.
 */
class SharedCacheTest {

    private static TestServices servers;
    private static CourseServer instanceB;
    private static CourseServer uncached;
    private static CourseServer onReplica;
    private static Database replica;

    @RegisterExtension
    static final CourseServerExtension instanceA = CourseServerExtension.serving(() -> {
        servers = TestServices.start();
        return VideoApi.resourceConfig(servers.services("api-a"));
    });

    @BeforeAll
    static void startOtherInstances() {
        ServerConfig anyPort = new ServerConfig(ServerConfig.DEFAULT_HOST, 0);
        instanceB = CourseServer.start(VideoApi.resourceConfig(servers.services("api-b")), anyPort);
        uncached = CourseServer.start(VideoApi.resourceConfig(
                servers.services("api-uncached", Duration.ZERO, servers.database.dataSource())), anyPort);
        // A second, empty database acts as a replica that has not caught up yet.
        replica = TestDatabases.create(Migrations.schema());
        onReplica = CourseServer.start(VideoApi.resourceConfig(
                servers.services("api-replica", Duration.ofMinutes(5), replica.dataSource())), anyPort);
    }

    @AfterAll
    static void stopOtherInstances() {
        onReplica.close();
        uncached.close();
        instanceB.close();
        replica.close();
        servers.close();
    }

    @Test
    void updateVisibleOnOtherInstance() {
        String token = newAccountToken("ann");
        String id = newVideo(token, "Before", 1).getString("video.id");
        given().port(instanceB.port()).when().get("/videos/{id}", id)
                .then().statusCode(200).header(ServedByFilter.HEADER, "api-b").body("title", equalTo("Before"));

        given().header("Authorization", bearer(token)).contentType(ContentType.JSON).body("{\"title\": \"After\"}")
                .when().patch("/videos/{id}", id)
                .then().statusCode(200).header(ServedByFilter.HEADER, "api-a");

        given().port(instanceB.port()).when().get("/videos/{id}", id)
                .then().statusCode(200).body("title", equalTo("After"));
    }

    @Test
    void deleteVisibleOnOtherInstance() {
        String token = newAccountToken("ben");
        String id = newVideo(token, "Doomed", 1).getString("video.id");
        given().port(instanceB.port()).when().get("/videos/{id}", id).then().statusCode(200);

        given().header("Authorization", bearer(token)).when().delete("/videos/{id}", id).then().statusCode(204);

        given().port(instanceB.port()).when().get("/videos/{id}", id).then().statusCode(404);
    }

    @Test
    void completeVisibleOnOtherInstance() {
        String token = newAccountToken("cat");
        JsonPath created = newVideo(token, "Uploading", 2);
        String id = created.getString("video.id");
        given().port(instanceB.port()).when().get("/videos/{id}", id).then().body("status", equalTo("uploading"));
        Clients.send(created.getMap("upload"), new byte[] {4, 2});

        given().header("Authorization", bearer(token)).when().post("/videos/{id}/complete", id).then().statusCode(200);

        given().port(instanceB.port()).when().get("/videos/{id}", id).then().body("status", equalTo("ready"));
    }

    @Test
    void readsAreServedFromSharedCache() throws SQLException {
        String id = newVideo(newAccountToken("dan"), "Cached", 1).getString("video.id");
        given().port(instanceB.port()).when().get("/videos/{id}", id).then().statusCode(200);

        // A change behind the application's back is invisible while the entry lives: proof that reads hit Redis.
        setTitleInDatabase(id, "Changed in SQL");

        given().when().get("/videos/{id}", id).then().body("title", equalTo("Cached"));
        given().port(uncached.port()).when().get("/videos/{id}", id).then().body("title", equalTo("Changed in SQL"));
    }

    @Test
    void listReadsReplicaAndItemReadsPrimary() {
        String token = newAccountToken("eve");
        String id = newVideo(token, "Only on primary", 1).getString("video.id");
        String owner = given().when().get("/videos/{id}", id).then().extract().path("owner_id");

        given().port(onReplica.port()).queryParam("owner", owner).when().get("/videos")
                .then().statusCode(200).body("items", hasSize(0));
        given().port(onReplica.port()).when().get("/videos/{id}", id)
                .then().statusCode(200).body("title", equalTo("Only on primary"));
    }

    @Test
    void missingVideoIsNotCached() {
        UUID id = UUID.randomUUID();
        given().port(instanceB.port()).when().get("/videos/{id}", id).then().statusCode(404);

        newVideo(newAccountToken("fay"), "{\"id\": \"" + id + "\", \"title\": \"Late\", \"content_type\": \"video/mp4\"}");

        given().port(instanceB.port()).when().get("/videos/{id}", id).then().statusCode(200).body("title", equalTo("Late"));
    }

    private static void setTitleInDatabase(String id, String title) throws SQLException {
        try (Connection connection = servers.database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("UPDATE videos SET title = ? WHERE id = ?")) {
            statement.setString(1, title);
            statement.setObject(2, UUID.fromString(id));
            statement.executeUpdate();
        }
    }
}
