package dev.backendcourse.kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigTest {

    @Test
    void defaultsMatchUvicorn() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8000);
    }

    @Test
    void readsHostAndPort() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("HOST", "0.0.0.0", "PORT", " 8123 "));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8123);
    }

    @ParameterizedTest(name = "PORT={0}")
    @ValueSource(strings = {"eighty", "80.5", "-1", "65536", "99999999999"})
    void invalidPortNamesTheVariable(String port) {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PORT", port)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("PORT=")
                .hasMessageContaining("8000");
    }

    @Test
    void blankHostNamesTheVariable() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HOST", " ")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("HOST");
    }

    @Test
    void wildcardHostIsShownAsLocalhost() {
        assertThat(new ServerConfig("0.0.0.0", 8000).displayUrl(8000)).isEqualTo("http://localhost:8000");
    }
}
