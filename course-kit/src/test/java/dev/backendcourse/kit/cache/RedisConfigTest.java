package dev.backendcourse.kit.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.server.InvalidConfigurationException;

class RedisConfigTest {

    @Test
    void unsetMeansEmbedded() {
        assertThat(RedisConfig.fromEnvironment(Map.of()).isEmbedded()).isTrue();
    }

    @Test
    void describeHidesPassword() {
        RedisConfig config = RedisConfig.fromEnvironment(Map.of("REDIS_URL", "redis://user:secret@cache:6380/2"));

        assertThat(config.describe()).isEqualTo("redis://cache:6380/2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:6379", "http://cache:6379", "redis://", "not a url"})
    void invalidUrlNamesVariable(String value) {
        assertThatThrownBy(() -> RedisConfig.fromEnvironment(Map.of("REDIS_URL", value)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("REDIS_URL='" + value + "'");
    }

    @Test
    void embeddedRedisAnswersPing() {
        try (RedisConnection redis = RedisConnection.open(new RedisConfig(null))) {
            assertThat(redis.commands().ping()).isEqualTo("PONG");
        }
    }
}
