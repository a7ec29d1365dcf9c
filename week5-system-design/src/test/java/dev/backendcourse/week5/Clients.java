package dev.backendcourse.week5;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import io.restassured.path.json.JsonPath;

/** What a client does in the tests: create accounts and videos through the API, move bytes through presigned URLs. */
final class Clients {

    private static final HttpClient http = HttpClient.newHttpClient();

    private Clients() {
    }

    /** Creates an account and returns its API token. */
    static String newAccountToken(String name) {
        return given().contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .when().post("/accounts")
                .then().statusCode(201)
                .extract().path("token");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Creates a video with the given JSON body and returns the whole 201 response body. */
    static JsonPath newVideo(String token, String body) {
        return given().header("Authorization", bearer(token)).contentType("application/json").body(body)
                .when().post("/videos")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    static JsonPath newVideo(String token, String title, long size) {
        return newVideo(token, """
                {"title": "%s", "content_type": "video/mp4", "size": %d}
                """.formatted(title, size));
    }

    /** Sends a presigned request (a map with method, url and headers) with {@code body}, as a browser would. */
    static HttpResponse<String> send(Map<String, Object> presigned, byte[] body) {
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) presigned.get("headers");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) presigned.get("url")))
                .method((String) presigned.get("method"), HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            // Java's client sets Content-Length itself from the body and forbids setting it by hand.
            if (!name.equalsIgnoreCase("content-length")) {
                request.header(name, value);
            }
        });
        return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException("request to the object store failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
