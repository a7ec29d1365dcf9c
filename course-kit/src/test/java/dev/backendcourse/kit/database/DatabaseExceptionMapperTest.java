package dev.backendcourse.kit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.errors.HttpError;
import dev.backendcourse.kit.errors.HttpValidationError;
import dev.backendcourse.kit.errors.ValidationError;
import dev.backendcourse.kit.testing.TestDatabases;

/** Maps the errors that a real PostgreSQL raises, from the constraints of the kit's test schema. */
class DatabaseExceptionMapperTest {

    private static Database database;
    private final DatabaseExceptionMapper mapper = new DatabaseExceptionMapper();

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabases.create(Migrations.schema());
        execute("INSERT INTO owners (email) VALUES ('ada@example.edu')");
        execute("INSERT INTO pets (owner_id, age) VALUES (1, 3)");
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void uniqueViolationIsConflict() {
        Response response = mapper.toResponse(failure("INSERT INTO owners (email) VALUES ('ada@example.edu')"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((HttpError) response.getEntity()).detail()).contains("(email)").contains("already exists");
    }

    @Test
    void unknownForeignKeyNamesColumn() {
        Response response = mapper.toResponse(failure("INSERT INTO pets (owner_id) VALUES (99)"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).loc()).isEqualTo(List.of("body", "owner_id"));
        assertThat(onlyError(response).type()).isEqualTo("foreign_key_violation");
    }

    @Test
    void deletingReferencedRowIsConflict() {
        Response response = mapper.toResponse(failure("DELETE FROM owners WHERE id = 1"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((HttpError) response.getEntity()).detail()).contains("still referenced");
    }

    @Test
    void missingRequiredValueNamesColumn() {
        Response response = mapper.toResponse(failure("INSERT INTO owners (email) VALUES (NULL)"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).loc()).isEqualTo(List.of("body", "email"));
        assertThat(onlyError(response).type()).isEqualTo("missing");
    }

    @Test
    void failedCheckIsInvalidInput() {
        Response response = mapper.toResponse(failure("INSERT INTO pets (owner_id, age) VALUES (1, -1)"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).type()).isEqualTo("check_violation");
    }

    @Test
    void tooLongValueIsInvalidInput() {
        Response response = mapper.toResponse(failure("INSERT INTO owners (email) VALUES (repeat('x', 21))"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).type()).isEqualTo("string_too_long");
    }

    @Test
    void outOfRangeNumberIsInvalidInput() {
        Response response = mapper.toResponse(failure("INSERT INTO pets (owner_id, age) VALUES (1, 99999999999)"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).type()).isEqualTo("numeric_value_out_of_range");
    }

    @Test
    void nulCharacterIsInvalidInput() {
        Response response = mapper.toResponse(failure("INSERT INTO owners (email) VALUES (convert_from('\\x6100'::bytea, 'UTF8'))"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(onlyError(response).type()).isEqualTo("invalid_value");
    }

    @Test
    void unreachableDatabaseIsServiceUnavailable() {
        Response response = mapper.toResponse(new SQLTransientConnectionException("Connection is not available", "08001"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void syntaxErrorIsServerError() {
        Response response = mapper.toResponse(failure("SELEC 1"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((HttpError) response.getEntity()).detail()).isEqualTo("Internal Server Error");
    }

    private static ValidationError onlyError(Response response) {
        List<ValidationError> errors = ((HttpValidationError) response.getEntity()).detail();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static SQLException failure(String sql) {
        try {
            execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("Expected PostgreSQL to reject: " + sql);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
