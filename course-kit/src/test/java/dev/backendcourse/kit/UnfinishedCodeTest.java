package dev.backendcourse.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.testing.CourseServerExtension;
import io.restassured.http.ContentType;

/** Starter code that throws a TODO: the 501 response, and the test failure that quotes it. */
class UnfinishedCodeTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(UnfinishedCodeTest::resourceConfig);

    static ResourceConfig resourceConfig() {
        return new ResourceConfig()
                .register(CourseFeature.class)
                .register(StarterResource.class);
    }

    @Path("/starter")
    @Produces(MediaType.APPLICATION_JSON)
    public static class StarterResource {

        @GET
        @Path("/todo")
        public String todo() {
            throw new UnsupportedOperationException("TODO: return the greeting");
        }

        @GET
        @Path("/unsupported")
        public String unsupported() {
            throw new UnsupportedOperationException("List.of(...) cannot be changed");
        }
    }

    @Test
    void todoIsJson501WithItsLocation() {
        // Without the test support's filter, the request returns the 501 that curl would show.
        given()
            .noFilters()
        .when()
            .get("/starter/todo")
        .then()
            .statusCode(501)
            .contentType(ContentType.JSON)
            .body("detail", matchesPattern(
                    "TODO: return the greeting \\(in UnfinishedCodeTest\\$StarterResource\\.todo, UnfinishedCodeTest\\.java:\\d+\\)"));
    }

    @Test
    void todoFailsTestWithItsText() {
        assertThatThrownBy(() -> given().when().get("/starter/todo"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("GET /starter/todo reached code that is still yours to write: "
                        + "TODO: return the greeting (in UnfinishedCodeTest$StarterResource.todo, UnfinishedCodeTest.java:");
    }

    @Test
    void otherUnsupportedOperationIs500() {
        given()
        .when()
            .get("/starter/unsupported")
        .then()
            .statusCode(500)
            .body("detail", equalTo("Internal Server Error"));
    }
}
