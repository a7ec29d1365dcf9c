package dev.backendcourse.week5;

import static dev.backendcourse.week5.Clients.bearer;
import static dev.backendcourse.week5.Clients.newAccountToken;
import static dev.backendcourse.week5.Clients.newVideo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.testing.CourseServerExtension;
import io.restassured.path.json.JsonPath;

class VideoServiceTest {

    private static TestServices servers;
    /** Bytes of request bodies that reached the backend, as the clients declared them in Content-Length. */
    private static final AtomicLong bodyBytesReceived = new AtomicLong();

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(() -> {
        servers = TestServices.start();
        return VideoApi.resourceConfig(servers.services("api-test")).register(new BodyByteCounter());
    });

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    @Nested
    class UploadFlow {

        @Test
        void roundTripKeepsBytes() {
            String token = newAccountToken("alice");
            byte[] file = Clients.randomBytes(300_000, 1);
            JsonPath created = newVideo(token, "Cats", file.length);
            String id = created.getString("video.id");

            HttpResponse<String> upload = Clients.send(created.getMap("upload"), file);
            given().header("Authorization", bearer(token))
                    .when().post("/videos/{id}/complete", id)
                    .then().statusCode(200).body("status", equalTo("ready"));
            String downloadUrl = given().when().get("/videos/{id}", id)
                    .then().statusCode(200).body("download.method", equalTo("GET"))
                    .extract().path("download.url");
            HttpResponse<byte[]> download = Clients.download(downloadUrl);

            assertThat(upload.statusCode()).as("PUT to the presigned URL: %s", upload.body()).isEqualTo(200);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(Clients.sha256(download.body())).isEqualTo(Clients.sha256(file));
        }

        @Test
        void createAnswersUploadingVideoWithUpload() {
            String token = newAccountToken("bob");

            given().header("Authorization", bearer(token)).contentType("application/json")
                    .body("""
                            {"title": "Dogs", "description": "Two dogs", "content_type": "video/webm", "size": 10}
                            """)
                    .when().post("/videos")
                    .then().statusCode(201)
                    .header("Location", matchesPattern(".*/videos/[0-9a-f-]{36}"))
                    .body("video.status", equalTo("uploading"))
                    .body("video.description", equalTo("Two dogs"))
                    .body("video.download", nullValue())
                    .body("upload.method", equalTo("PUT"))
                    .body("upload.url", startsWith("http://127.0.0.1:"))
                    .body("upload.url", containsString("/videos/videos/"))
                    .body("upload.url", containsString("X-Amz-Signature="))
                    .body("upload.headers.content-type", equalTo("video/webm"))
                    .body("upload.headers.content-length", equalTo("10"))
                    .body("upload.expires_at", notNullValue());
        }

        @Test
        void clientChosenIdIsKept() {
            String token = newAccountToken("carol");
            String id = UUID.randomUUID().toString();

            given().header("Authorization", bearer(token)).contentType("application/json")
                    .body("{\"id\": \"" + id + "\", \"title\": \"Mine\", \"content_type\": \"video/mp4\"}")
                    .when().post("/videos")
                    .then().statusCode(201)
                    .header("Location", endsWith("/videos/" + id))
                    .body("video.id", equalTo(id));
        }

        @Test
        void takenIdIsConflict() {
            String token = newAccountToken("dave");
            String id = UUID.randomUUID().toString();
            String body = "{\"id\": \"" + id + "\", \"title\": \"Once\", \"content_type\": \"video/mp4\"}";
            newVideo(token, body);

            given().header("Authorization", bearer(token)).contentType("application/json").body(body)
                    .when().post("/videos")
                    .then().statusCode(409).body("detail", equalTo("Video " + id + " already exists"));
        }

        @Test
        void completeBeforeUploadIsConflict() {
            String token = newAccountToken("erin");
            String id = newVideo(token, "Empty", 5).getString("video.id");

            given().header("Authorization", bearer(token))
                    .when().post("/videos/{id}/complete", id)
                    .then().statusCode(409).body("detail", startsWith("No upload found for video " + id));
            given().when().get("/videos/{id}", id)
                    .then().statusCode(200).body("status", equalTo("uploading")).body("download", nullValue());
        }

        @Test
        void wrongContentTypeIsRejectedByStore() {
            String token = newAccountToken("frank");
            JsonPath created = newVideo(token, "Typed", 4);
            Map<String, Object> upload = new HashMap<>(created.getMap("upload"));
            upload.put("headers", Map.of("content-type", "text/html"));

            HttpResponse<String> put = Clients.send(upload, new byte[] {1, 2, 3, 4});

            assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
            given().header("Authorization", bearer(token))
                    .when().post("/videos/{id}/complete", created.getString("video.id"))
                    .then().statusCode(409);
        }

        @Test
        void tamperedSignatureIsRejectedByStore() {
            String token = newAccountToken("grace");
            JsonPath created = newVideo(token, "Signed", 4);
            Map<String, Object> upload = new HashMap<>(created.getMap("upload"));
            String url = (String) upload.get("url");
            upload.put("url", url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0"));

            HttpResponse<String> put = Clients.send(upload, new byte[] {1, 2, 3, 4});

            assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
        }

        @Test
        void tamperedDownloadIsRejectedByStore() {
            String token = newAccountToken("heidi");
            String url = uploadedVideoDownloadUrl(token, new byte[] {9, 9, 9});

            HttpResponse<byte[]> download = Clients.download(url.replace("/videos/videos/", "/videos/thumbnails/"));

            assertThat(download.statusCode()).isEqualTo(403);
        }

        @Test
        void backendReceivesNoVideoBytes() {
            String token = newAccountToken("ivan");
            long before = bodyBytesReceived.get();

            uploadedVideoDownloadUrl(token, Clients.randomBytes(1_000_000, 2));

            assertThat(bodyBytesReceived.get() - before)
                    .as("request body bytes that reached the API during a 1 MB upload")
                    .isLessThan(1_000);
        }

        @Test
        void thumbnailHasItsOwnUpload() {
            String token = newAccountToken("judy");
            byte[] image = Clients.randomBytes(2_000, 3);
            String id = newVideo(token, "With thumbnail", 10).getString("video.id");

            Map<String, Object> upload = given().header("Authorization", bearer(token)).contentType("application/json")
                    .body("{\"content_type\": \"image/png\", \"size\": " + image.length + "}")
                    .when().post("/videos/{id}/thumbnail", id)
                    .then().statusCode(200).body("method", equalTo("PUT")).body("url", containsString("/videos/thumbnails/"))
                    .extract().jsonPath().getMap("");
            HttpResponse<String> put = Clients.send(upload, image);
            String url = given().header("Authorization", bearer(token))
                    .when().post("/videos/{id}/thumbnail/complete", id)
                    .then().statusCode(200).body("thumbnail.method", equalTo("GET"))
                    .extract().path("thumbnail.url");

            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            assertThat(Clients.download(url).body()).isEqualTo(image);
        }
    }

    @Nested
    class Reading {

        @Test
        void listFiltersByOwner() {
            String token = newAccountToken("kim");
            String ownerId = given().when().get("/videos/{id}", newVideo(token, "Kim 1", 1).getString("video.id"))
                    .then().extract().path("owner_id");
            newVideo(token, "Kim 2", 1);

            given().queryParam("owner", ownerId).when().get("/videos")
                    .then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items[0].title", equalTo("Kim 2"))
                    .body("items[1].title", equalTo("Kim 1"))
                    .body("next_cursor", nullValue());
        }

        @Test
        void paginationStableUnderInserts() {
            String token = newAccountToken("leo");
            String ownerId = ownerOf(newVideo(token, "Leo 0", 1).getString("video.id"));
            for (int i = 1; i < 7; i++) {
                newVideo(token, "Leo " + i, 1);
            }

            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = given().queryParam("owner", ownerId).queryParam("limit", 3);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.when().get("/videos").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.title"));
                cursor = page.getString("next_cursor");
                // Newer videos arrive while the client pages: they sort before the cursor, so no page shifts.
                newVideo(token, "Leo new " + pages, 1);
                pages++;
            } while (cursor != null);

            assertThat(seen).containsExactly("Leo 6", "Leo 5", "Leo 4", "Leo 3", "Leo 2", "Leo 1", "Leo 0");
            assertThat(pages).isEqualTo(3);
        }
    }

    @Nested
    class Changing {

        @Test
        void patchUpdatesGivenFields() {
            String token = newAccountToken("nina");
            String id = newVideo(token, "Old title", 1).getString("video.id");

            given().header("Authorization", bearer(token)).contentType("application/json")
                    .body("{\"title\": \"New title\"}")
                    .when().patch("/videos/{id}", id)
                    .then().statusCode(200).body("title", equalTo("New title")).body("description", equalTo(""));
            given().when().get("/videos/{id}", id)
                    .then().statusCode(200).body("title", equalTo("New title"));
        }

        @Test
        void deleteRemovesRowAndObjects() {
            String token = newAccountToken("oscar");
            JsonPath created = newVideo(token, "Short-lived", 3);
            String id = created.getString("video.id");
            Clients.send(created.getMap("upload"), new byte[] {1, 2, 3});
            Map<String, Object> thumbnailUpload = given().header("Authorization", bearer(token))
                    .contentType("application/json").body("{\"content_type\": \"image/jpeg\"}")
                    .when().post("/videos/{id}/thumbnail", id)
                    .then().statusCode(200).extract().jsonPath().getMap("");
            Clients.send(thumbnailUpload, new byte[] {7});
            assertThat(servers.storage.find("thumbnails/" + id)).isPresent();

            given().header("Authorization", bearer(token))
                    .when().delete("/videos/{id}", id)
                    .then().statusCode(204);

            given().when().get("/videos/{id}", id).then().statusCode(404);
            assertThat(servers.storage.find("videos/" + id)).isEmpty();
            assertThat(servers.storage.find("thumbnails/" + id)).isEmpty();
        }
    }

    @Nested
    class Authentication {

        @Test
        void missingTokenIsUnauthorized() {
            given().contentType("application/json").body("{\"title\": \"x\", \"content_type\": \"video/mp4\"}")
                    .when().post("/videos")
                    .then().statusCode(401)
                    .contentType("application/json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", startsWith("Missing API token"));
        }

        @Test
        void unknownTokenIsUnauthorized() {
            given().header("Authorization", "Bearer not-a-real-token").contentType("application/json")
                    .body("{\"title\": \"x\", \"content_type\": \"video/mp4\"}")
                    .when().post("/videos")
                    .then().statusCode(401).body("detail", equalTo("Invalid API token"));
        }

        @Test
        void otherSchemeIsUnauthorized() {
            given().header("Authorization", "Basic YWxpY2U6c2VjcmV0")
                    .when().delete("/videos/{id}", UUID.randomUUID())
                    .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    @Nested
    class Ownership {

        @Test
        void othersCannotUpdate() {
            String id = newVideo(newAccountToken("owner1"), "Mine", 1).getString("video.id");

            given().header("Authorization", bearer(newAccountToken("intruder1"))).contentType("application/json")
                    .body("{\"title\": \"Hacked\"}")
                    .when().patch("/videos/{id}", id)
                    .then().statusCode(403).body("detail", equalTo("Only the owner of video " + id + " can change it"));
            given().when().get("/videos/{id}", id).then().body("title", equalTo("Mine"));
        }

        @Test
        void othersCannotDelete() {
            String id = newVideo(newAccountToken("owner2"), "Mine", 1).getString("video.id");

            given().header("Authorization", bearer(newAccountToken("intruder2")))
                    .when().delete("/videos/{id}", id)
                    .then().statusCode(403);
            given().when().get("/videos/{id}", id).then().statusCode(200);
        }

        @Test
        void othersCannotCompleteOrAddThumbnail() {
            String id = newVideo(newAccountToken("owner3"), "Mine", 1).getString("video.id");
            String intruder = bearer(newAccountToken("intruder3"));

            given().header("Authorization", intruder).when().post("/videos/{id}/complete", id).then().statusCode(403);
            given().header("Authorization", intruder).contentType("application/json").body("{\"content_type\": \"image/png\"}")
                    .when().post("/videos/{id}/thumbnail", id).then().statusCode(403);
            given().header("Authorization", intruder).when().post("/videos/{id}/thumbnail/complete", id).then().statusCode(403);
        }
    }

    /**
     * Accounts, the 404 and 422 responses and the API docs. The starter already has them, so these tests pass before
     * the student writes anything, and no group in grading.json includes them.
     */
    @Nested
    class Ungraded {

        @Test
        void unknownVideoIsNotFound() {
            UUID id = UUID.randomUUID();

            given().when().get("/videos/{id}", id)
                    .then().statusCode(404).body("detail", equalTo("Video " + id + " not found"));
        }

        @Test
        void invalidIdNamesPathParameter() {
            given().when().get("/videos/not-a-uuid")
                    .then().statusCode(422)
                    .body("detail[0].loc", equalTo(List.of("path", "video_id")))
                    .body("detail[0].type", equalTo("uuid_parsing"));
        }

        @Test
        void apiDocsListVideoRoutes() {
            given().when().get("/openapi.json")
                    .then().statusCode(200)
                    .body("paths", hasKey("/videos/{video_id}/complete"))
                    .body("paths", hasKey("/accounts"));
        }

        @Test
        void readAccountById() {
            var created = given().contentType("application/json").body("{\"name\": \"mallory\"}")
                    .when().post("/accounts")
                    .then().statusCode(201)
                    .extract();
            String id = created.path("id");

            assertThat(created.header("Location")).endsWith("/accounts/" + id);
            given().when().get("/accounts/{id}", id)
                    .then().statusCode(200).body("name", equalTo("mallory")).body("token", nullValue());
        }

        @Test
        void tokenIsStoredOnlyAsHash() throws Exception {
            String token = newAccountToken("peggy");

            try (var connection = servers.database.dataSource().getConnection();
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT token_hash FROM accounts")) {
                while (rows.next()) {
                    assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(token);
                }
            }
            assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        }
    }

    private static String ownerOf(String videoId) {
        return given().when().get("/videos/{id}", videoId).then().statusCode(200).extract().path("owner_id");
    }

    /** Creates a video, uploads {@code bytes} and completes it; returns its presigned download URL. */
    private static String uploadedVideoDownloadUrl(String token, byte[] bytes) {
        JsonPath created = newVideo(token, "Uploaded", bytes.length);
        String id = created.getString("video.id");
        HttpResponse<String> upload = Clients.send(created.getMap("upload"), bytes);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        return given().header("Authorization", bearer(token))
                .when().post("/videos/{id}/complete", id)
                .then().statusCode(200)
                .extract().path("download.url");
    }

    /** Adds up the declared length of every request body the API receives. */
    static final class BodyByteCounter implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            bodyBytesReceived.addAndGet(Math.max(request.getLength(), 0));
        }
    }
}
