package dev.backendcourse.kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.CourseFeature;

class CourseServerTest {

    @Test
    void portZeroBindsAFreePort() {
        try (CourseServer server = CourseServer.start(application(), new ServerConfig("127.0.0.1", 0))) {
            assertThat(server.port()).isPositive();
            assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        }
    }

    @Test
    void portInUseIsOneReadableError() {
        try (CourseServer first = CourseServer.start(application(), new ServerConfig("127.0.0.1", 0))) {
            ServerConfig samePort = new ServerConfig("127.0.0.1", first.port());

            assertThatThrownBy(() -> CourseServer.start(application(), samePort))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("port " + first.port())
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("PORT=");
        }
    }

    private static ResourceConfig application() {
        return new ResourceConfig().register(CourseFeature.class);
    }
}
