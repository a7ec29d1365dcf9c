package dev.backendcourse.kit.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;
import org.postgresql.PGProperty;

import dev.backendcourse.kit.server.InvalidConfigurationException;

/**
 * The location of a PostgreSQL database and the login for it, read from {@code DATABASE_URL}. Both the libpq form
 * ({@code postgresql://user:password@host:5432/db}) and the JDBC form ({@code jdbc:postgresql://host/db?user=...})
 * are accepted. {@link #toString()} never shows the password.
 *
 * @param hosts      one or more {@code host:port} pairs, comma-separated, as the JDBC driver takes them
 * @param database   the database name
 * @param user       the user name, or {@code null} to let the driver choose
 * @param password   the password, or {@code null} when the server needs none
 * @param properties further driver settings from the URL's query, such as {@code sslmode}
 */
public record DatabaseUrl(String hosts, String database, String user, String password, Map<String, String> properties) {

    /** The name of the environment variable that selects a standalone server. */
    public static final String VARIABLE = "DATABASE_URL";

    private static final String EXAMPLE = "postgresql://postgres:postgres@localhost:5432/postgres";

    public DatabaseUrl {
        properties = Map.copyOf(properties);
    }

    public static DatabaseUrl of(String host, int port, String database, String user, String password) {
        return new DatabaseUrl(host + ":" + port, database, user, password, Map.of());
    }

    /**
     * Parses a {@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql:} URL.
     *
     * @throws InvalidConfigurationException naming {@code DATABASE_URL} when the text is not such a URL
     */
    public static DatabaseUrl parse(String text) {
        String url = text.strip();
        Properties parsed;
        if (url.startsWith("jdbc:postgresql:")) {
            parsed = Driver.parseURL(url, new Properties());
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            parsed = parseLibpqUrl(url);
        } else {
            throw invalid(url, "it must start with postgresql:// or jdbc:postgresql:");
        }
        if (parsed == null) {
            throw invalid(url, "the JDBC driver cannot read it");
        }
        return fromDriverProperties(parsed);
    }

    /** Returns the same server and login with another database name, for the tests' throwaway databases. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(hosts, otherDatabase, user, password, properties);
    }

    /** Returns the JDBC URL without the user and password, which the pool receives separately. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hosts + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** Returns a URL that {@code psql} accepts, without the password. */
    public String psqlUrl() {
        String login = user == null ? "" : URLEncoder.encode(user, StandardCharsets.UTF_8) + "@";
        return "postgresql://" + login + hosts + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return psqlUrl();
    }

    private static Properties parseLibpqUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(url, e.getReason());
        }
        if (uri.getHost() == null) {
            throw invalid(url, "it names no host");
        }

        Properties properties = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            properties.setProperty(PGProperty.USER.getName(), decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                properties.setProperty(PGProperty.PASSWORD.getName(), decode(userInfo.substring(colon + 1)));
            }
        }

        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String database = path.isEmpty() ? properties.getProperty(PGProperty.USER.getName(), "postgres") : decode(path);
        String hostAndPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + hostAndPort + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8) + query;

        Properties parsed = Driver.parseURL(jdbcUrl, properties);
        if (parsed == null) {
            throw invalid(url, "the JDBC driver cannot read it");
        }
        return parsed;
    }

    private static DatabaseUrl fromDriverProperties(Properties parsed) {
        String[] hostNames = parsed.getProperty(PGProperty.PG_HOST.getName(), "localhost").split(",");
        String[] ports = parsed.getProperty(PGProperty.PG_PORT.getName(), "5432").split(",");
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < hostNames.length; i++) {
            String host = hostNames[i].contains(":") && !hostNames[i].startsWith("[") ? "[" + hostNames[i] + "]" : hostNames[i];
            hosts.append(i == 0 ? "" : ",").append(host).append(':').append(ports[Math.min(i, ports.length - 1)]);
        }

        Map<String, String> others = new LinkedHashMap<>();
        for (String name : parsed.stringPropertyNames()) {
            others.put(name, parsed.getProperty(name));
        }
        String database = others.remove(PGProperty.PG_DBNAME.getName());
        String user = others.remove(PGProperty.USER.getName());
        String password = others.remove(PGProperty.PASSWORD.getName());
        others.remove(PGProperty.PG_HOST.getName());
        others.remove(PGProperty.PG_PORT.getName());
        return new DatabaseUrl(hosts.toString(), database == null || database.isEmpty() ? "postgres" : database,
                user, password, others);
    }

    private static String decode(String text) {
        // URLDecoder reads "+" as a space, which is right for forms but wrong for URLs.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static InvalidConfigurationException invalid(String url, String reason) {
        return new InvalidConfigurationException(VARIABLE + "='" + redact(url) + "' is not a PostgreSQL URL ("
                + reason + "). Set it like " + EXAMPLE + ", or unset it to use the embedded database.");
    }

    /** Hides a password in a URL that could not be parsed, so an error message never shows it. */
    static String redact(String url) {
        return url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
