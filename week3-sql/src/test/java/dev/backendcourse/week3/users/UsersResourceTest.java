package dev.backendcourse.week3.users;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week3.SqlApi;
import io.restassured.http.ContentType;

class UsersResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    static int createUser(String name, String email) {
        return given()
                .contentType(ContentType.JSON)
                .body(new UserRequest(name, email))
            .when()
                .post("/users")
            .then()
                .statusCode(201)
                .extract().path("id");
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.edu";
    }

    @Nested
    class Create {

        @Test
        void createdUserIsReturnedWith201AndLocation() {
            String email = uniqueEmail();

            String location = given()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Ada Lovelace\", \"email\": \"" + email + "\"}")
            .when()
                .post("/users")
            .then()
                .statusCode(201)
                .body("name", equalTo("Ada Lovelace"))
                .body("email", equalTo(email))
                .extract().header("Location");

            given()
            .when()
                .get(location)
            .then()
                .statusCode(200)
                .body("email", equalTo(email));
        }

        @Test
        void emailIsOptional() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Alan Turing"}
                      """)
            .when()
                .post("/users")
            .then()
                .statusCode(201)
                .body("email", nullValue());
        }

        @Test
        void duplicateEmailIs409NamingIt() {
            String email = uniqueEmail();
            createUser("First", email);

            given()
                .contentType(ContentType.JSON)
                .body(new UserRequest("Second", email))
            .when()
                .post("/users")
            .then()
                .statusCode(409)
                .contentType(ContentType.JSON)
                .body("detail", containsString("(email)"))
                .body("detail", containsString("already exists"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{}                                             | name  | missing",
            "{\"name\": null}                               | name  | missing",
            "{\"name\": \"\"}                               | name  | string_too_short",
            "{\"name\": 42}                                 | name  | string_type",
            "{\"name\": \"Ada\", \"email\": \"not-an-email\"} | email | value_error",
            "{\"name\": \"Ada\", \"email\": 5}              | email | string_type",
            "{\"name\": \"Ada\", \"email\": \"\"}             | email | string_too_short",
        })
        void invalidFieldIs422NamingIt(String body, String field, String type) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/users")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("body", field)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void nameOverColumnSizeIs422() {
            given()
                .contentType(ContentType.JSON)
                .body(new UserRequest("n".repeat(101), null))
            .when()
                .post("/users")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "name")))
                .body("detail[0].type", equalTo("string_too_long"));
        }

        @Test
        void emailOverColumnSizeIs422() {
            String email = "e".repeat(250) + "@example.edu";

            given()
                .contentType(ContentType.JSON)
                .body(new UserRequest("Ada", email))
            .when()
                .post("/users")
            .then()
                .statusCode(422)
                .body("detail.loc", everyItem(equalTo(List.of("body", "email"))))
                .body("detail.type", hasItem("string_too_long"));
        }
    }

    @Nested
    class Read {

        @Test
        void existingUserIsReturned() {
            String email = uniqueEmail();
            int id = createUser("Grace Hopper", email);

            given()
            .when()
                .get("/users/" + id)
            .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Grace Hopper"))
                .body("email", equalTo(email));
        }

        @Test
        void missingUserIs404NamingIt() {
            given()
            .when()
                .get("/users/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("User 999999 not found"));
        }

        @Test
        void listPagesThroughUsersInIdOrder() {
            int first = createUser("Page one", null);
            int second = createUser("Page two", null);

            List<Integer> ids = given()
                .queryParam("limit", 100)
            .when()
                .get("/users")
            .then()
                .statusCode(200)
                .extract().path("id");
            int index = ids.indexOf(first);

            given()
                .queryParam("limit", 1)
                .queryParam("offset", index + 1)
            .when()
                .get("/users")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(second)));
        }

        @Test
        void invalidLimitIs422() {
            given()
                .queryParam("limit", 0)
            .when()
                .get("/users")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "limit")));
        }
    }

    @Nested
    class OrdersOfUser {

        @Test
        void userWithoutOrdersHasEmptyList() {
            int id = createUser("No orders yet", null);

            given()
            .when()
                .get("/users/" + id + "/orders")
            .then()
                .statusCode(200)
                .body("$", empty());
        }

        @Test
        void ordersOfMissingUserIs404() {
            given()
            .when()
                .get("/users/999999/orders")
            .then()
                .statusCode(404)
                .body("detail", equalTo("User 999999 not found"));
        }
    }
}
