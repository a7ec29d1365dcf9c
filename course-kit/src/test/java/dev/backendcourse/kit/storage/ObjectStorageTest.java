package dev.backendcourse.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStorageTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path folder;

    private static ObjectStorage storage;

    @BeforeAll
    static void startStore() {
        storage = ObjectStorage.open(ObjectStorageConfig.fromEnvironment(Map.of()), folder);
    }

    @AfterAll
    static void stopStore() {
        storage.close();
    }

    @Test
    void uploadThenDownloadKeepsBytes() throws Exception {
        byte[] bytes = "not really a video".getBytes();
        PresignedRequest upload = storage.presignUpload("videos/a", "video/mp4", (long) bytes.length, TEN_MINUTES);

        HttpResponse<String> put = send(upload, "video/mp4", bytes);
        URI download = URI.create(storage.presignDownload("videos/a", TEN_MINUTES).url());
        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(bytes);
        assertThat(storage.find("videos/a")).hasValueSatisfying(object -> {
            assertThat(object.size()).isEqualTo(bytes.length);
            assertThat(object.contentType()).isEqualTo("video/mp4");
        });
        assertThat(upload.url()).startsWith("http://127.0.0.1:").contains("/videos/videos/a?");
    }

    @Test
    void uploadWithOtherContentTypeIsRejected() throws Exception {
        PresignedRequest upload = storage.presignUpload("videos/b", "video/mp4", 3L, TEN_MINUTES);

        HttpResponse<String> put = send(upload, "text/html", new byte[] {1, 2, 3});

        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
        assertThat(storage.find("videos/b")).isEmpty();
    }

    @Test
    void tamperedSignatureIsRejected() throws Exception {
        PresignedRequest upload = storage.presignUpload("videos/c", "video/mp4", 3L, TEN_MINUTES);
        PresignedRequest tampered = new PresignedRequest("PUT", withLastCharacterChanged(upload.url()),
                upload.headers(), upload.expiresAt());

        HttpResponse<String> put = send(tampered, "video/mp4", new byte[] {1, 2, 3});

        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    }

    @Test
    void expiredUrlIsRejected() throws Exception {
        PresignedRequest upload = storage.presignUpload("videos/d", "video/mp4", 3L, Duration.ofSeconds(1));
        Thread.sleep(2_100);

        HttpResponse<String> put = send(upload, "video/mp4", new byte[] {1, 2, 3});

        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    }

    /** Changes the last hex digit of the URL, which is the end of its X-Amz-Signature parameter. */
    private static String withLastCharacterChanged(String url) {
        char last = url.charAt(url.length() - 1);
        return url.substring(0, url.length() - 1) + (last == '0' ? '1' : '0');
    }

    private static HttpResponse<String> send(PresignedRequest request, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
