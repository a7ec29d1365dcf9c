package dev.backendcourse.week5;

import static dev.backendcourse.week5.Clients.bearer;
import static dev.backendcourse.week5.Clients.newAccountToken;
import static dev.backendcourse.week5.Clients.newVideo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.testing.CourseServerExtension;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Requests a careless or hostile client may send: each gets a 4xx with a JSON body, never a 5xx. */
class MalformedRequestTest {

    private static final String LONG_201 = "x".repeat(201);
    private static TestServices servers;
    private static String token;
    private static String videoId;

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(() -> {
        servers = TestServices.start();
        return VideoApi.resourceConfig(servers.services("api-malformed"));
    });

    @BeforeAll
    static void createVideo() {
        token = newAccountToken("tester");
        videoId = newVideo(token, "Target", 1).getString("video.id");
    }

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    /** Method, path ({video} is an existing video), whether to send a valid token, content type, body, status, loc. */
    static Stream<Arguments> requests() {
        String json = "application/json";
        String random = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("POST", "/accounts", false, json, "{", 422, "body"),
                Arguments.of("POST", "/accounts", false, json, "{}", 422, "body,name"),
                Arguments.of("POST", "/accounts", false, json, "{\"name\": \"\"}", 422, "body,name"),
                Arguments.of("POST", "/accounts", false, json, "{\"name\": \"   \"}", 422, "body,name"),
                Arguments.of("POST", "/accounts", false, json, "[]", 422, "body"),
                Arguments.of("POST", "/accounts", false, json, "null", 422, "body"),
                Arguments.of("POST", "/accounts", false, "text/plain", "name=x", 422, "body"),
                Arguments.of("POST", "/accounts", false, json, "{\"name\": \"" + "n".repeat(101) + "\"}", 422, "body,name"),
                Arguments.of("POST", "/videos", true, json, "", 422, "body"),
                Arguments.of("POST", "/videos", true, json, "{\"content_type\": \"video/mp4\"}", 422, "body,title"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \" \", \"content_type\": \"video/mp4\"}", 422, "body,title"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"" + LONG_201 + "\", \"content_type\": \"video/mp4\"}", 422, "body,title"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\"}", 422, "body,content_type"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"text/html\"}", 422, "body,content_type"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4;x\"}", 422, "body,content_type"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4\", \"size\": 0}", 422, "body,size"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4\", \"size\": -1}", 422, "body,size"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4\", \"size\": 6000000000}", 422, "body,size"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4\", \"size\": \"big\"}", 422, "body,size"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"content_type\": \"video/mp4\", \"size\": 99999999999999999999}", 422, "body"),
                Arguments.of("POST", "/videos", true, json, "{\"id\": \"abc\", \"title\": \"t\", \"content_type\": \"video/mp4\"}", 422, "body,id"),
                Arguments.of("POST", "/videos", true, json, "{\"id\": \"00000000-0000-0000-0000-000000000000\", \"title\": \"t\", \"content_type\": \"video/mp4\"}", 422, "body,id"),
                Arguments.of("POST", "/videos", true, json, "{\"id\": \"c232ab00-9414-11ec-b3c8-9e6bdeced846\", \"title\": \"t\", \"content_type\": \"video/mp4\"}", 422, "body,id"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": \"t\", \"description\": \"" + "d".repeat(5001) + "\", \"content_type\": \"video/mp4\"}", 422, "body,description"),
                Arguments.of("POST", "/videos", true, json, "{\"title\": [\"t\"], \"content_type\": \"video/mp4\"}", 422, "body,title"),
                Arguments.of("GET", "/videos/abc", false, null, null, 422, "path,video_id"),
                Arguments.of("GET", "/videos/" + random + "0", false, null, null, 422, "path,video_id"),
                Arguments.of("GET", "/videos?limit=0", false, null, null, 422, "query,limit"),
                Arguments.of("GET", "/videos?limit=101", false, null, null, 422, "query,limit"),
                Arguments.of("GET", "/videos?limit=ten", false, null, null, 422, "query,limit"),
                Arguments.of("GET", "/videos?cursor=!!!", false, null, null, 422, "query,cursor"),
                Arguments.of("GET", "/videos?cursor=aGVsbG8", false, null, null, 422, "query,cursor"),
                Arguments.of("GET", "/videos?owner=me", false, null, null, 422, "query,owner"),
                Arguments.of("PATCH", "/videos/{video}", true, json, "{\"title\": \"\"}", 422, "body,title"),
                Arguments.of("PATCH", "/videos/{video}", true, json, "{", 422, "body"),
                Arguments.of("PATCH", "/videos/" + random, true, json, "{}", 404, null),
                Arguments.of("PUT", "/videos/{video}", true, json, "{}", 405, null),
                Arguments.of("DELETE", "/videos", true, null, null, 405, null),
                Arguments.of("DELETE", "/videos/abc", true, null, null, 422, "path,video_id"),
                Arguments.of("GET", "/no-such-route", false, null, null, 404, null),
                Arguments.of("POST", "/videos/{video}/thumbnail", true, json, "{\"content_type\": \"image/gif\"}", 422, "body,content_type"),
                Arguments.of("POST", "/videos/{video}/thumbnail", true, json, "{\"content_type\": \"image/png\", \"size\": 10485760}", 422, "body,size"),
                Arguments.of("POST", "/videos/{video}/thumbnail/complete", true, null, null, 409, null),
                Arguments.of("POST", "/videos/" + random + "/complete", true, null, null, 404, null),
                Arguments.of("GET", "/accounts/" + random, false, null, null, 404, null),
                Arguments.of("GET", "/accounts/xyz", false, null, null, 422, "path,account_id"));
    }

    @ParameterizedTest(name = "{0} {1} {4} -> {5}")
    @MethodSource("requests")
    void answersClientError(String method, String path, boolean authenticated, String contentType, String body,
            int expectedStatus, String expectedLocation) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (authenticated) {
            request.header("Authorization", bearer(token));
        }
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }

        Response response = request.when().request(method, path.replace("{video}", videoId));

        String description = method + " " + path + " with body " + body + " returned " + response.asString();
        assertThat(response.statusCode()).as(description).isEqualTo(expectedStatus);
        assertThat(response.contentType()).as(description).startsWith("application/json");
        if (expectedLocation != null) {
            List<Object> location = response.jsonPath().getList("detail[0].loc");
            assertThat(String.join(",", location.stream().map(String::valueOf).toList())).as(description)
                    .startsWith(expectedLocation);
        }
    }
}
