package dev.backendcourse.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Assertions shared by every week's tests about the shape of error responses. */
public final class ErrorContract {

    private ErrorContract() {
    }

    /**
     * Checks that a response is a client error (4xx) with a JSON body carrying {@code detail}: never a 5xx, an HTML
     * page or an empty body.
     */
    public static void assertClientErrorJson(Response response, String request) {
        String body = response.asString();

        assertThat(response.statusCode())
                .as("status of %s (body: %s)", request, abbreviate(body))
                .isBetween(400, 499);
        assertThat(response.contentType())
                .as("content type of %s", request)
                .startsWith("application/json");
        assertThat(body)
                .as("body of %s", request)
                .isNotBlank()
                .startsWith("{\"detail\":");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
