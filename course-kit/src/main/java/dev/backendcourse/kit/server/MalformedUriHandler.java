package dev.backendcourse.kit.server;

import java.util.regex.Pattern;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * Rejects a request whose URL Jersey cannot parse, such as {@code /items/%ZZ}, with a JSON 400 before it reaches
 * Jersey. Jersey would fail on it outside any exception mapper, and Grizzly would send a bare 500.
 */
final class MalformedUriHandler extends HttpHandler {

    /** A percent sign not followed by two hexadecimal digits, or a raw control character. */
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2})|[\\x00-\\x20\\x7F]");

    private final GrizzlyHttpContainer jersey;

    MalformedUriHandler(GrizzlyHttpContainer jersey) {
        this.jersey = jersey;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String query = request.getQueryString();
        if (MALFORMED.matcher(request.getRequestURI()).find() || query != null && MALFORMED.matcher(query).find()) {
            response.setStatus(400);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/json");
            response.getWriter().write("{\"detail\":\"Invalid URL: a percent sign must be followed by two "
                    + "hexadecimal digits, and spaces and control characters must be percent-encoded\"}");
            return;
        }
        jersey.service(request, response);
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }
}
