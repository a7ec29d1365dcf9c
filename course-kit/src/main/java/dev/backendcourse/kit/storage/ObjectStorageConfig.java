package dev.backendcourse.kit.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

import dev.backendcourse.kit.server.InvalidConfigurationException;

/**
 * The object store's address and credentials. Without {@code S3_ENDPOINT} an embedded store starts in-process ({@code endpoint} is
 * null); with it, the application talks to that server, such as MinIO or AWS S3.
 *
 * @param endpoint       the URL the backend uses, or null for the embedded store
 * @param publicEndpoint the URL that presigned links point at, which a client outside the backend's network can
 *                       reach; {@code S3_PUBLIC_ENDPOINT}, by default the same as {@code endpoint}
 */
public record ObjectStorageConfig(
        URI endpoint, URI publicEndpoint, String bucket, String accessKey, String secretKey, String region) {

    public static final String DEFAULT_BUCKET = "videos";
    public static final String DEFAULT_REGION = "us-east-1";
    /** Credentials of the embedded store; it listens on 127.0.0.1 only, so they protect nothing secret. */
    public static final String EMBEDDED_ACCESS_KEY = "course-access-key";
    public static final String EMBEDDED_SECRET_KEY = "course-secret-key";

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public boolean isEmbedded() {
        return endpoint == null;
    }

    public static ObjectStorageConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ObjectStorageConfig fromEnvironment(Map<String, String> environment) {
        String bucket = valueOrDefault(environment, "S3_BUCKET", DEFAULT_BUCKET);
        String region = valueOrDefault(environment, "S3_REGION", DEFAULT_REGION);
        if (!BUCKET_NAME.matcher(bucket).matches()) {
            throw new InvalidConfigurationException("S3_BUCKET='" + bucket + "' is not a valid bucket name. "
                    + "Use 3 to 63 lowercase letters, digits, dots or hyphens, for example S3_BUCKET=videos.");
        }

        String endpointText = environment.get("S3_ENDPOINT");
        if (endpointText == null || endpointText.isBlank()) {
            return new ObjectStorageConfig(null, null, bucket, EMBEDDED_ACCESS_KEY, EMBEDDED_SECRET_KEY, region);
        }

        URI endpoint = httpUrl("S3_ENDPOINT", endpointText);
        String publicText = environment.get("S3_PUBLIC_ENDPOINT");
        URI publicEndpoint = publicText == null || publicText.isBlank() ? endpoint : httpUrl("S3_PUBLIC_ENDPOINT", publicText);
        String accessKey = required(environment, "S3_ACCESS_KEY");
        String secretKey = required(environment, "S3_SECRET_KEY");
        return new ObjectStorageConfig(endpoint, publicEndpoint, bucket, accessKey, secretKey, region);
    }

    /** Returns the same settings pointed at a running store, which is how the embedded store is wired in. */
    public ObjectStorageConfig withEndpoint(URI newEndpoint) {
        return new ObjectStorageConfig(newEndpoint, newEndpoint, bucket, accessKey, secretKey, region);
    }

    /** Describes the settings for the start-up log, without the secret key. */
    public String describe() {
        String where = isEmbedded() ? "embedded store" : endpoint.toString();
        String shown = publicEndpoint != null && !publicEndpoint.equals(endpoint) ? ", public URL " + publicEndpoint : "";
        return "bucket '" + bucket + "' on " + where + shown;
    }

    private static URI httpUrl(String name, String text) {
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || (uri.getPath() != null && uri.getPath().length() > 1)) {
                throw new URISyntaxException(text, "expected http(s)://host[:port] with no path");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException(name + "='" + text + "' is not a valid endpoint URL. "
                    + "Set it to http(s)://host[:port], for example " + name + "=http://127.0.0.1:9000.", e);
        }
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(name + " is missing. It is required when S3_ENDPOINT is set: "
                    + "set it to the store's access credentials, or unset S3_ENDPOINT to use the embedded store.");
        }
        return value.strip();
    }

    private static String valueOrDefault(Map<String, String> environment, String name, String defaultValue) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
