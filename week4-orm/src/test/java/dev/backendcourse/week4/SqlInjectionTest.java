package dev.backendcourse.week4;

import static dev.backendcourse.week4.Fixtures.createResource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import io.restassured.http.ContentType;

/**
 * Text that looks like SQL is stored and returned exactly as sent: Hibernate sends every value as a bound parameter,
 * never as part of the SQL text, so it cannot change what a statement does.
 */
class SqlInjectionTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(OrmApi::resourceConfig);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Robert'); DROP TABLE referrals;--",
        "' OR '1'='1",
        "1; DELETE FROM resources",
        "\\'; SELECT pg_sleep(5); --",
        "$$ || (SELECT version()) || $$",
        "from Resource r where 1=1",
        "Zoë's \"Pantry\" \u2013 \u6771\u4eac \uD83E\uDD6B",
    })
    void sqlTextIsStoredVerbatim(String text) {
        int resourceId = createResource("placeholder", "Injection");

        int referralId = given()
                .contentType(ContentType.JSON)
                .body(Map.of("family_name", text, "resource_id", resourceId,
                        "referral_date", "2026-04-01", "notes", text))
            .when()
                .post("/referrals")
            .then()
                .statusCode(201)
                .extract().path("id");

        given()
        .when()
            .get("/referrals/" + referralId)
        .then()
            .statusCode(200)
            .body("family_name", equalTo(text))
            .body("notes", equalTo(text));

        given()
            .contentType(ContentType.JSON)
            .body(Map.of("name", text, "category", "Injection"))
        .when()
            .put("/resources/" + resourceId)
        .then()
            .statusCode(200)
            .body("name", equalTo(text))
            .body("referrals[0].resource_name", equalTo(text));
    }

    @Test
    void categoryFilterMatchesOnlyExactText() {
        int exact = createResource("Exact", "' OR '1'='1");
        createResource("Other", "Food");

        given()
            .queryParam("category", "' OR '1'='1")
        .when()
            .get("/resources")
        .then()
            .statusCode(200)
            .body("id", equalTo(List.of(exact)));
    }

    @Test
    void tablesSurviveInjectionAttempts() throws SQLException {
        createResource("x'); DROP TABLE resources;--", "x'); DROP TABLE referrals;--");

        try (Connection connection = server.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('resources', 'referrals')")) {
            rows.next();
            assertThat(rows.getInt(1)).as("tables named resources or referrals").isEqualTo(2);
        }
    }
}
