package dev.backendcourse.kit.server;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Replaces Grizzly's HTML error page with the course's JSON error body.
 * Grizzly uses it for requests that never reach Jersey, such as a malformed request line or an oversized header.
 */
final class JsonErrorPageGenerator implements ErrorPageGenerator {

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        // Grizzly only sets text/html when no content type is set yet.
        request.getResponse().setContentType("application/json");

        String detail = reasonPhrase == null || reasonPhrase.isBlank() ? "Error " + status : reasonPhrase;
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(detail);
        return "{\"detail\":\"" + new String(escaped) + "\"}";
    }
}
