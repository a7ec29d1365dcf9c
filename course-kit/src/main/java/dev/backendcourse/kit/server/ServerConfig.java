package dev.backendcourse.kit.server;

import java.util.Map;

/**
 * The address the HTTP server listens on: {@code HOST} (default 127.0.0.1) and {@code PORT} (default 8000, as uvicorn).
 * Port 0 lets the operating system choose a free port, which is what the tests use.
 */
public record ServerConfig(String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new InvalidConfigurationException("HOST is empty. Set it to an address such as 127.0.0.1, or unset it.");
        }
        if (port < 0 || port > 65_535) {
            throw new InvalidConfigurationException(
                    "PORT=" + port + " is out of range. Set it to a number from 1 to 65535, for example PORT=8000.");
        }
    }

    /** Reads {@code HOST} and {@code PORT} from the process environment. */
    public static ServerConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ServerConfig fromEnvironment(Map<String, String> environment) {
        String host = environment.getOrDefault("HOST", DEFAULT_HOST).strip();
        String portText = environment.get("PORT");

        if (portText == null || portText.isBlank()) {
            return new ServerConfig(host, DEFAULT_PORT);
        }
        try {
            return new ServerConfig(host, Integer.parseInt(portText.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(
                    "PORT='" + portText + "' is not a number. Set it to a port such as 8000, or unset it.", e);
        }
    }

    /** Returns the base URL to print for a person: a wildcard address is shown as localhost. */
    public String displayUrl(int boundPort) {
        String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        if (shownHost.contains(":")) {
            shownHost = "[" + shownHost + "]";
        }
        return "http://" + shownHost + ":" + boundPort;
    }
}
