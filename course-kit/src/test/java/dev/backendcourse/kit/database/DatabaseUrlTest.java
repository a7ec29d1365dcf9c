package dev.backendcourse.kit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.server.InvalidConfigurationException;

class DatabaseUrlTest {

    @Test
    void readsLibpqUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ada:s3cret@db.example:6543/course?sslmode=require");

        assertThat(url.hosts()).isEqualTo("db.example:6543");
        assertThat(url.database()).isEqualTo("course");
        assertThat(url.user()).isEqualTo("ada");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.properties()).containsEntry("sslmode", "require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/course");
    }

    @Test
    void readsPostgresSchemeWithDefaultPort() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://ada@localhost/course");

        assertThat(url.hosts()).isEqualTo("localhost:5432");
        assertThat(url.user()).isEqualTo("ada");
        assertThat(url.password()).isNull();
    }

    @Test
    void decodesPercentEncodedPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ada:p%40ss%3Aw+rd@localhost:5432/course");

        assertThat(url.password()).isEqualTo("p@ss:w+rd");
    }

    @Test
    void readsJdbcUrlWithLoginInQuery() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5433/shop?user=alan&password=enigma");

        assertThat(url.hosts()).isEqualTo("127.0.0.1:5433");
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.user()).isEqualTo("alan");
        assertThat(url.password()).isEqualTo("enigma");
        assertThat(url.properties()).doesNotContainKeys("user", "password");
    }

    @Test
    void hidesPasswordWhenPrinted() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ada:s3cret@localhost:5432/course");

        assertThat(url.toString()).isEqualTo("postgresql://ada@localhost:5432/course").doesNotContain("s3cret");
    }

    @Test
    void switchesDatabaseKeepingLogin() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ada:s3cret@localhost:5432/course").withDatabase("other");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/other");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://ada@localhost/course", "localhost:5432", "postgresql://", "postgresql://ada:pw@/db",
            "postgresql://ada:s3cret@bad host/db"})
    void rejectsOtherTextNamingVariable(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL=")
                .hasMessageNotContaining("s3cret");
    }
}
