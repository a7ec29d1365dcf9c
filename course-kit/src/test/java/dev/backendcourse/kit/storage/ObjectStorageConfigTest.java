package dev.backendcourse.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.kit.server.InvalidConfigurationException;

class ObjectStorageConfigTest {

    @Test
    void noEndpointMeansEmbedded() {
        ObjectStorageConfig config = ObjectStorageConfig.fromEnvironment(Map.of());

        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.bucket()).isEqualTo("videos");
        assertThat(config.region()).isEqualTo("us-east-1");
    }

    @Test
    void publicEndpointDefaultsToEndpoint() {
        ObjectStorageConfig config = ObjectStorageConfig.fromEnvironment(Map.of(
                "S3_ENDPOINT", "http://minio:9000", "S3_ACCESS_KEY", "key", "S3_SECRET_KEY", "secret"));

        assertThat(config.endpoint()).isEqualTo(URI.create("http://minio:9000"));
        assertThat(config.publicEndpoint()).isEqualTo(URI.create("http://minio:9000"));
    }

    @Test
    void publicEndpointIsKeptApart() {
        ObjectStorageConfig config = ObjectStorageConfig.fromEnvironment(Map.of("S3_ENDPOINT", "http://minio:9000",
                "S3_PUBLIC_ENDPOINT", "http://localhost:9000", "S3_ACCESS_KEY", "key", "S3_SECRET_KEY", "secret"));

        assertThat(config.publicEndpoint()).isEqualTo(URI.create("http://localhost:9000"));
        assertThat(config.describe()).doesNotContain("secret");
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "S3_ENDPOINT, ftp://minio:9000",
            "S3_ENDPOINT, minio:9000",
            "S3_ENDPOINT, http://minio:9000/videos",
            "S3_PUBLIC_ENDPOINT, not a url",
            "S3_BUCKET, Videos",
            "S3_BUCKET, ab",
            "S3_ACCESS_KEY, ' '",
    })
    void invalidValueNamesVariable(String name, String value) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "S3_ENDPOINT", "http://minio:9000", "S3_ACCESS_KEY", "key", "S3_SECRET_KEY", "secret"));
        environment.put(name, value);

        assertThatThrownBy(() -> ObjectStorageConfig.fromEnvironment(environment))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith(name);
    }
}
