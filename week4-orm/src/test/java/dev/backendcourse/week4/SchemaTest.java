package dev.backendcourse.week4;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.server.InvalidConfigurationException;
import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.kit.testing.TestDatabases;
import io.restassured.http.ContentType;

/** The seed rows of the run command, and Hibernate's check of the Flyway schema against the entity classes. */
class SchemaTest {

    @RegisterExtension
    static final CourseServerExtension server =
            CourseServerExtension.servingWithDatabase(Migrations.schemaAndSeed(), OrmApi::resourceConfig);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Food,      City Food Bank,          123 Main St,    name1, 2026-04-01, note1",
        "Education, Bright Futures Tutoring, 45 College Ave, name2, 2026-04-02, note2",
    })
    void seedHasExampleResourceAndReferral(String category, String name, String address, String familyName,
            String referralDate, String notes) {
        given()
            .queryParam("category", category)
        .when()
            .get("/resources")
        .then()
            .statusCode(200)
            .body("name", equalTo(List.of(name)))
            .body("[0].address", equalTo(address))
            .body("[0].referrals.family_name", equalTo(List.of(familyName)))
            .body("[0].referrals.referral_date", equalTo(List.of(referralDate)))
            .body("[0].referrals.notes", equalTo(List.of(notes)));
    }

    @Test
    void newRowsGetIdsAfterSeededOnes() {
        int resourceId = given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Eastside Clinic", "category": "Health"}
                      """)
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .extract().path("id");
        int referralId = given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "name3", "resource_id": %d, "referral_date": "2026-04-03"}
                      """.formatted(resourceId))
            .when()
                .post("/referrals")
            .then()
                .statusCode(201)
                .extract().path("id");

        assertThat(resourceId).as("id of a resource created after the two seeded ones").isGreaterThan(2);
        assertThat(referralId).as("id of a referral created after the two seeded ones").isGreaterThan(2);
    }

    @Test
    void missingColumnStopsStartWithItsName() throws SQLException {
        try (Database database = TestDatabases.create(Migrations.schema())) {
            execute(database, "ALTER TABLE referrals DROP COLUMN notes");

            assertThatThrownBy(() -> HibernateBootstrap.sessionFactory(database.dataSource(), false))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("notes")
                    .hasMessageContaining("referrals");
        }
    }

    @Test
    void wrongColumnTypeStopsStart() throws SQLException {
        try (Database database = TestDatabases.create(Migrations.schema())) {
            execute(database, "ALTER TABLE referrals ALTER COLUMN referral_date TYPE TEXT");

            assertThatThrownBy(() -> HibernateBootstrap.sessionFactory(database.dataSource(), false))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("referral_date");
        }
    }

    @Test
    void matchingSchemaStarts() {
        try (Database database = TestDatabases.create(Migrations.schema());
             SessionFactory sessionFactory = HibernateBootstrap.sessionFactory(database.dataSource(), false)) {
            assertThat(sessionFactory.isOpen()).isTrue();
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
