package dev.backendcourse.week5;

import static dev.backendcourse.week5.Clients.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.database.ModuleDirectory;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;
import io.restassured.path.json.JsonPath;

/**
 * The zero-install default keeps its data in the module's {@code .data/} folder: after a restart, accounts, videos
 * and their bytes are still there. The test points the module folder at a temporary one.
 */
class EmbeddedRestartTest {

    private Path moduleFolder;
    private String previousModuleFolder;

    @BeforeEach
    void useTemporaryModuleFolder() throws Exception {
        moduleFolder = Files.createTempDirectory("week5-module");
        previousModuleFolder = System.getProperty(ModuleDirectory.PROPERTY);
        System.setProperty(ModuleDirectory.PROPERTY, moduleFolder.toString());
    }

    @AfterEach
    void restoreModuleFolder() {
        if (previousModuleFolder == null) {
            System.clearProperty(ModuleDirectory.PROPERTY);
        } else {
            System.setProperty(ModuleDirectory.PROPERTY, previousModuleFolder);
        }
        TestServices.deleteRecursively(moduleFolder);
    }

    @Test
    void dataAndObjectsSurviveRestart() {
        byte[] file = Clients.randomBytes(50_000, 7);
        String token;
        String id;
        try (CourseServer first = startDefault()) {
            token = given().port(first.port()).contentType("application/json").body("{\"name\": \"rita\"}")
                    .when().post("/accounts").then().statusCode(201).extract().path("token");
            JsonPath created = given().port(first.port()).header("Authorization", bearer(token)).contentType("application/json")
                    .body("{\"title\": \"Kept\", \"content_type\": \"video/mp4\", \"size\": " + file.length + "}")
                    .when().post("/videos").then().statusCode(201).extract().jsonPath();
            id = created.getString("video.id");
            assertThat(Clients.send(created.getMap("upload"), file).statusCode()).isEqualTo(200);
            given().port(first.port()).header("Authorization", bearer(token))
                    .when().post("/videos/{id}/complete", id).then().statusCode(200);
        }

        try (CourseServer second = startDefault()) {
            String url = given().port(second.port()).when().get("/videos/{id}", id)
                    .then().statusCode(200).body("status", equalTo("ready")).body("title", equalTo("Kept"))
                    .extract().path("download.url");
            HttpResponse<byte[]> download = Clients.download(url);
            given().port(second.port()).header("Authorization", bearer(token)).contentType("application/json")
                    .body("{\"description\": \"still mine\"}")
                    .when().patch("/videos/{id}", id).then().statusCode(200);

            assertThat(Clients.sha256(download.body())).isEqualTo(Clients.sha256(file));
            assertThat(moduleFolder.resolve(".data/objects/videos/videos/" + id)).exists();
        }
    }

    private static CourseServer startDefault() {
        return CourseServer.start(VideoApi.resourceConfig(), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
    }
}
