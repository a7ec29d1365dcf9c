package dev.backendcourse.kit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One row of a table of bad requests: sent as written, with no URL encoding added, so a test can reach the
 * server with exactly the bytes an attacker or a careless client would send.
 *
 * @param description what is wrong with the request, shown as the test's name
 * @param method      the HTTP method
 * @param path        the path and query, already URL-encoded where needed
 * @param contentType the Content-Type header, or null to send none
 * @param body        the request body, or null to send none
 */
public record MalformedRequest(String description, String method, String path, String contentType, String body) {

    public static MalformedRequest get(String description, String path) {
        return new MalformedRequest(description, "GET", path, null, null);
    }

    public static MalformedRequest json(String description, String method, String path, String body) {
        return new MalformedRequest(description, method, path, "application/json", body);
    }

    public Response send() {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method, path);
    }

    @Override
    public String toString() {
        return description + ": " + method + " " + abbreviate(path);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
