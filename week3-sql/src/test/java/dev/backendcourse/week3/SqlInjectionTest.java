package dev.backendcourse.week3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week3.resources.ResourceRequest;
import dev.backendcourse.week3.users.UserRequest;
import io.restassured.http.ContentType;

/**
 * Text that would change a statement built by string concatenation is stored and returned verbatim, because every
 * value travels as a {@code PreparedStatement} parameter, and every table is still there afterwards.
 */
class SqlInjectionTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    private static final String ATTACKS = """
            '; DROP TABLE resources; --
            Robert'); DROP TABLE users;--
            ' OR '1'='1
            ' OR 1=1 --
            1; DELETE FROM orders
            '); TRUNCATE resources CASCADE; --
            ' UNION SELECT id, name, email, name FROM users --
            $$; DROP TABLE orders; $$
            \\'; DROP TABLE resources; --
            "; DROP TABLE "resources"; --
            """;

    static List<String> attacks() {
        return ATTACKS.lines().toList();
    }

    @AfterEach
    void everyTableIsIntact() throws SQLException {
        for (String table : List.of("resources", "users", "orders")) {
            assertThat(tableExists(table)).as("table %s still exists", table).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void resourceFieldsAreStoredVerbatim(String attack) {
        int id = given()
                .contentType(ContentType.JSON)
                .body(new ResourceRequest(attack, attack.substring(0, Math.min(50, attack.length())), attack))
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .body("name", equalTo(attack))
                .extract().path("id");

        given()
        .when()
            .get("/resources/" + id)
        .then()
            .statusCode(200)
            .body("name", equalTo(attack))
            .body("description", equalTo(attack));
    }

    @Test
    void userFieldsAreStoredVerbatim() {
        for (String attack : attacks()) {
            given()
                .contentType(ContentType.JSON)
                .body(new UserRequest(attack.length() > 100 ? attack.substring(0, 100) : attack, null))
            .when()
                .post("/users")
            .then()
                .statusCode(201)
                .body("name", equalTo(attack));
        }
    }

    @Test
    void categoryFilterTreatsAttackAsText() {
        given()
            .contentType(ContentType.JSON)
            .body(new ResourceRequest("Visible only with its own category", "Food", null))
        .when()
            .post("/resources")
        .then()
            .statusCode(201);

        given()
            .queryParam("category", "' OR '1'='1")
        .when()
            .get("/resources")
        .then()
            .statusCode(200)
            .body("$", empty());
    }

    @Test
    void attackInPathIsRejected() {
        given()
            .urlEncodingEnabled(false)
        .when()
            .delete("/resources/1%3B%20DROP%20TABLE%20resources")
        .then()
            .statusCode(422);
    }

    private static boolean tableExists(String table) throws SQLException {
        try (Connection connection = server.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
