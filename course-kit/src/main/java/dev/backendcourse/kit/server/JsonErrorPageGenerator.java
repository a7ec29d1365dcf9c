package dev.backendcourse.kit.server;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Replaces Grizzly's HTML error page with the course's JSON error body, for the errors Grizzly reports while it
 * hands a request to Jersey.
 * NOTE: Grizzly rejects a request it cannot parse at all (a broken request line, a header over 8 KiB, an invalid
 * chunk size) without calling this generator, so those responses have an empty body rather than JSON.
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
