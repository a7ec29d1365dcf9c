package dev.backendcourse.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of curl's command line that the notes use: {@code -s}, {@code -i}, {@code -X METHOD},
 * {@code -H 'Name: value'}, {@code -d DATA} and one URL. Anything else is rejected, so a transcript never
 * silently checks a different request than the one a student would send.
 */
record CurlCommand(String method, URI url, Map<String, String> headers, String body, boolean includeHeaders) {

    static CurlCommand parse(String command) {
        List<String> words = ShellWords.split(command);
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("Not a curl command: " + command);
        }

        String method = null;
        URI url = null;
        Map<String, String> headers = new LinkedHashMap<>();
        String body = null;
        boolean includeHeaders = false;

        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s", "--silent" -> {
                }
                case "-i", "--include" -> includeHeaders = true;
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                }
                case "-d", "--data", "--data-raw" -> body = words.get(++i);
                default -> {
                    if (word.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("The notes' curl check does not support '" + word
                                + "' in: " + command);
                    }
                    url = URI.create(word);
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("No URL in: " + command);
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        return new CurlCommand(method, url, headers, body, includeHeaders);
    }

    /** The status line, the response headers and the body of one exchange. */
    record Response(String statusLine, Map<String, List<String>> headers, String body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    return String.join(", ", entry.getValue());
                }
            }
            return null;
        }
    }

    /** Sends the request to {@code server} in place of the URL's scheme, host and port, as curl would send it. */
    Response send(URI server) throws IOException {
        URI target = server.resolve(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", "*/*");
            connection.setRequestProperty("User-Agent", "curl");
            if (body != null) {
                // curl -d sends this content type unless a -H names another.
                connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            }
            headers.forEach(connection::setRequestProperty);

            if (body != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }

            connection.getResponseCode();
            InputStream stream = connection.getErrorStream() != null ? connection.getErrorStream() : connection.getInputStream();
            String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(connection.getHeaderField(0), connection.getHeaderFields(), text);
        } finally {
            connection.disconnect();
        }
    }

    /**
     * Returns the differences between what the notes show and what the server sent, one per line, or an empty list.
     * With {@code -i} the notes show the status line, some headers, a blank line and the body: every header shown
     * must have that value, and headers not shown (such as {@code Date}) are not compared.
     */
    List<String> compare(List<String> documented, Response actual) {
        List<String> problems = new ArrayList<>();
        int bodyStart = 0;

        if (includeHeaders) {
            if (documented.isEmpty()) {
                problems.add("the notes show no status line, but the server sent: " + actual.statusLine().strip());
                return problems;
            }
            if (!documented.get(0).strip().equals(actual.statusLine().strip())) {
                problems.add("status line: the notes show '" + documented.get(0).strip() + "', the server sent '"
                        + actual.statusLine().strip() + "'");
            }
            int line = 1;
            while (line < documented.size() && !documented.get(line).isBlank()) {
                String header = documented.get(line);
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip();
                String value = header.substring(colon + 1).strip();
                String sent = actual.header(name);
                if (!value.equals(sent)) {
                    problems.add("header " + name + ": the notes show '" + value + "', the server sent "
                            + (sent == null ? "no such header" : "'" + sent + "'"));
                }
                line++;
            }
            bodyStart = line;
        }

        String documentedBody = String.join("\n", documented.subList(Math.min(bodyStart, documented.size()), documented.size())).strip();
        if (!documentedBody.equals(actual.body().strip())) {
            problems.add("body: the notes show\n      " + documentedBody + "\n    the server sent\n      " + actual.body().strip());
        }
        return problems;
    }
}
