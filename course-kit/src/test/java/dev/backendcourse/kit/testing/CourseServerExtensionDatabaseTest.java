package dev.backendcourse.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.DatabaseFeature;

class CourseServerExtensionDatabaseTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(
            CourseServerExtensionDatabaseTest::application);

    /** Counts the owners of the kit's test schema, which exists only if the migrations ran. */
    @Path("/owners/count")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OwnerCountResource {

        private final DataSource dataSource;

        @Inject
        public OwnerCountResource(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @GET
        public int count() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM owners")) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static ResourceConfig application(Database database) {
        return new ResourceConfig()
                .register(CourseFeature.class)
                .register(new DatabaseFeature(database))
                .register(OwnerCountResource.class);
    }

    @Test
    void servesMigratedDatabase() throws SQLException {
        try (Connection connection = server.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO owners (email) VALUES ('ada@example.edu')");
        }

        given()
        .when()
                .get("/owners/count")
        .then()
                .statusCode(200)
                .body(equalTo("1"));
    }
}
