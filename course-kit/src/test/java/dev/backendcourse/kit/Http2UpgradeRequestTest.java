package dev.backendcourse.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.ServerConfig;

/**
 * Java's {@code HttpClient} with its defaults first requests an upgrade to HTTP/2 ({@code h2c}) from a plain-HTTP server.
 * The server serves such requests over HTTP/1.1 instead of leaving them to time out.
 */
class Http2UpgradeRequestTest {

    private static CourseServer server;
    // The client's default version is HTTP/2, which sends Upgrade: h2c on a plain http:// URL.
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = CourseServer.start(ProbeApplication.resourceConfig(), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void upgradeRequestWithoutBodyIsServed() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/openapi.json")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("status, with body %s", response.body()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).contains("\"openapi\"");
    }

    @Test
    void upgradeRequestWithBodyIsServed() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/probe"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"full_name\": \"Ada\"}"))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("status, with body %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"full_name\":\"Ada\"");
    }
}
