package dev.backendcourse.week3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.testing.TestDatabases;

/**
 * The migrations' constraints, checked with SQL straight against PostgreSQL: the database itself rejects what the
 * API's validation would also reject, so no other client can store it either.
 */
class SchemaTest {

    private static Database database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.create(Migrations.schema());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void resourceNameIsNotNull() {
        assertRejected("INSERT INTO resources (category) VALUES ('Food')", "23502");
    }

    @Test
    void resourceNameIsAtMost255Characters() {
        assertRejected("INSERT INTO resources (name) VALUES (repeat('n', 256))", "22001");
    }

    @Test
    void resourceCategoryIsAtMost50Characters() {
        assertRejected("INSERT INTO resources (name, category) VALUES ('Ok', repeat('c', 51))", "22001");
    }

    @Test
    void resourceIdsAreGeneratedInOrder() throws SQLException {
        execute("INSERT INTO resources (name) VALUES ('first'), ('second')");

        assertThat(queryInt("SELECT max(id) - min(id) FROM resources WHERE name IN ('first', 'second')")).isEqualTo(1);
    }

    @Test
    void userNameIsNotNull() {
        assertRejected("INSERT INTO users (email) VALUES ('nobody@example.edu')", "23502");
    }

    @Test
    void userNameIsAtMost100Characters() {
        assertRejected("INSERT INTO users (name) VALUES (repeat('n', 101))", "22001");
    }

    @Test
    void userEmailIsUnique() throws SQLException {
        execute("INSERT INTO users (name, email) VALUES ('One', 'same@example.edu')");

        assertRejected("INSERT INTO users (name, email) VALUES ('Two', 'same@example.edu')", "23505");
    }

    @Test
    void orderUserMustExist() {
        assertRejected("INSERT INTO orders (user_id, amount, order_date) VALUES (999999, 10.00, '2026-03-27')", "23503");
    }

    @Test
    void orderUserIsNotNull() {
        assertRejected("INSERT INTO orders (amount, order_date) VALUES (10.00, '2026-03-27')", "23502");
    }

    @Test
    void userWithOrdersCannotBeDeleted() throws SQLException {
        int userId = queryInt("INSERT INTO users (name) VALUES ('Has orders') RETURNING id");
        execute("INSERT INTO orders (user_id, amount, order_date) VALUES (" + userId + ", 1.00, '2026-03-27')");

        assertRejected("DELETE FROM users WHERE id = " + userId, "23503");
    }

    @Test
    void orderAmountIsNotNegative() throws SQLException {
        int userId = queryInt("INSERT INTO users (name) VALUES ('Negative') RETURNING id");

        assertRejected("INSERT INTO orders (user_id, amount, order_date) VALUES (" + userId + ", -1, '2026-03-27')", "23514");
    }

    @Test
    void orderAmountKeepsTwoDecimals() throws SQLException {
        int userId = queryInt("INSERT INTO users (name) VALUES ('Rounding') RETURNING id");
        execute("INSERT INTO orders (user_id, amount, order_date) VALUES (" + userId + ", 19.999, '2026-03-27')");

        assertThat(queryText("SELECT amount::text FROM orders WHERE user_id = " + userId)).isEqualTo("20.00");
    }

    @Test
    void orderAmountHasAtMostTenDigits() throws SQLException {
        int userId = queryInt("INSERT INTO users (name) VALUES ('Overflow') RETURNING id");

        assertRejected("INSERT INTO orders (user_id, amount, order_date) VALUES (" + userId + ", 123456789.00, '2026-03-27')",
                "22003");
    }

    private static void assertRejected(String sql, String sqlState) {
        assertThatThrownBy(() -> execute(sql))
                .as("PostgreSQL rejects: %s", sql)
                .isInstanceOf(SQLException.class)
                .extracting(error -> ((SQLException) error).getSQLState())
                .isEqualTo(sqlState);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(String sql) throws SQLException {
        return Integer.parseInt(queryText(sql));
    }

    private static String queryText(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
