package dev.backendcourse.week3.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.week3.SqlApi;
import dev.backendcourse.week3.users.UserRequest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

class OrdersResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    static int createUser(String name) {
        return given()
                .contentType(ContentType.JSON)
                .body(new UserRequest(name, null))
            .when()
                .post("/users")
            .then()
                .statusCode(201)
                .extract().path("id");
    }

    /** Sends an order with the amount written exactly as given, and returns the raw response body. */
    static String createOrder(int userId, String amount, String date) {
        return given()
                .contentType(ContentType.JSON)
                .body("{\"user_id\": " + userId + ", \"amount\": " + amount + ", \"order_date\": \"" + date + "\"}")
            .when()
                .post("/orders")
            .then()
                .statusCode(201)
                .extract().asString();
    }

    @Nested
    class Create {

        @Test
        void createdOrderIsReturnedWith201AndLocation() {
            int userId = createUser("Ada Lovelace");

            String location = given()
                .contentType(ContentType.JSON)
                .body("{\"user_id\": " + userId + ", \"amount\": 19.99, \"order_date\": \"2026-03-25\"}")
            .when()
                .post("/orders")
            .then()
                .statusCode(201)
                .body("user_id", equalTo(userId))
                .body("order_date", equalTo("2026-03-25"))
                .extract().header("Location");

            given()
            .when()
                .get(location)
            .then()
                .statusCode(200)
                .body("user_id", equalTo(userId));
        }

        @ParameterizedTest(name = "amount {0} leaves as {1}")
        @CsvSource({
            "19.99, 19.99",
            "100, 100.00",
            "100.5, 100.50",
            "0, 0.00",
            "'\"42.00\"', 42.00",
            "99999999.99, 99999999.99",
        })
        void amountLeavesExactlyAsStored(String sent, String stored) {
            int userId = createUser("Amounts");

            String body = createOrder(userId, sent, "2026-03-26");

            assertThat(body).contains("\"amount\":" + stored + ",");
            assertThat(body).doesNotContain("E+");
        }

        @Test
        void unknownUserIs422NamingUserId() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"user_id": 999999, "amount": 10.00, "order_date": "2026-03-27"}
                      """)
            .when()
                .post("/orders")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("body", "user_id")))
                .body("detail[0].type", equalTo("foreign_key_violation"));
        }

        @Test
        void missingOrderIs404() {
            given()
            .when()
                .get("/orders/999999")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Order 999999 not found"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{\"amount\": 1, \"order_date\": \"2026-03-25\"}                   | user_id    | missing",
            "{\"user_id\": 1, \"order_date\": \"2026-03-25\"}                  | amount     | missing",
            "{\"user_id\": 1, \"amount\": 1}                                   | order_date | missing",
            "{\"user_id\": null, \"amount\": 1, \"order_date\": \"2026-03-25\"} | user_id   | missing",
            "{\"user_id\": 0, \"amount\": 1, \"order_date\": \"2026-03-25\"}   | user_id    | greater_than",
            "{\"user_id\": -3, \"amount\": 1, \"order_date\": \"2026-03-25\"}  | user_id    | greater_than",
            "{\"user_id\": 1, \"amount\": -0.01, \"order_date\": \"2026-03-25\"} | amount   | greater_than_equal",
            "{\"user_id\": 1, \"amount\": 1.234, \"order_date\": \"2026-03-25\"} | amount   | decimal_max_places",
            "{\"user_id\": 1, \"amount\": 123456789, \"order_date\": \"2026-03-25\"} | amount | decimal_max_places",
        })
        void invalidFieldIs422NamingIt(String body, String field, String type) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/orders")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("body", field)))
                .body("detail[0].type", equalTo(type));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{\"user_id\": \"abc\", \"amount\": 1, \"order_date\": \"2026-03-25\"}  | user_id",
            "{\"user_id\": 1.5, \"amount\": 1, \"order_date\": \"2026-03-25\"}      | user_id",
            "{\"user_id\": 1, \"amount\": \"ten\", \"order_date\": \"2026-03-25\"}  | amount",
            "{\"user_id\": 1, \"amount\": true, \"order_date\": \"2026-03-25\"}     | amount",
            "{\"user_id\": 1, \"amount\": 1, \"order_date\": \"25/03/2026\"}        | order_date",
            "{\"user_id\": 1, \"amount\": 1, \"order_date\": \"2026-13-01\"}        | order_date",
            "{\"user_id\": 1, \"amount\": 1, \"order_date\": \"2026-02-30\"}        | order_date",
            "{\"user_id\": 1, \"amount\": 1, \"order_date\": \"yesterday\"}         | order_date",
            "{\"user_id\": 1, \"amount\": 1, \"order_date\": 20260325}             | order_date",
        })
        void wrongTypeIs422NamingField(String body, String field) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/orders")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", field)));
        }
    }

    @Nested
    class Join {

        @Test
        void ordersListShowsUserNames() {
            int ada = createUser("Ada Lovelace");
            int alan = createUser("Alan Turing");
            int first = idOf(createOrder(ada, "19.99", "2026-03-25"));
            int second = idOf(createOrder(alan, "42.00", "2026-03-26"));

            List<Map<String, Object>> orders = given()
                .queryParam("limit", 100)
            .when()
                .get("/orders")
            .then()
                .statusCode(200)
                .extract().path("$");

            assertThat(orders).contains(
                    Map.of("id", first, "user_name", "Ada Lovelace", "amount", 19.99f, "order_date", "2026-03-25"),
                    Map.of("id", second, "user_name", "Alan Turing", "amount", 42.0f, "order_date", "2026-03-26"));
        }

        @Test
        void joinedRowHasExactlyFourFields() {
            int user = createUser("Fields");
            int order = idOf(createOrder(user, "1.50", "2026-03-25"));

            String body = given().queryParam("limit", 100).when().get("/orders").then().statusCode(200).extract().asString();

            assertThat(body).contains("{\"id\":" + order + ",\"user_name\":\"Fields\",\"amount\":1.50,\"order_date\":\"2026-03-25\"}");
        }

        @Test
        void userOrdersListsOnlyThatUser() {
            int ada = createUser("Ada");
            int alan = createUser("Alan");
            int adaFirst = idOf(createOrder(ada, "19.99", "2026-03-25"));
            createOrder(alan, "42.00", "2026-03-26");
            int adaSecond = idOf(createOrder(ada, "5.99", "2026-03-26"));

            given()
            .when()
                .get("/users/" + ada + "/orders")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(adaFirst, adaSecond)))
                .body("user_id", equalTo(List.of(ada, ada)));
        }

        @Test
        void ordersListPagesInIdOrder() {
            int user = createUser("Pages");
            List<Integer> all = given().queryParam("limit", 100).when().get("/orders").then().extract().path("id");
            int newest = idOf(createOrder(user, "3.00", "2026-03-25"));

            given()
                .queryParam("limit", 1)
                .queryParam("offset", all.size())
            .when()
                .get("/orders")
            .then()
                .statusCode(200)
                .body("id", equalTo(List.of(newest)));
        }
    }

    private static int idOf(String orderJson) {
        return JsonPath.from(orderJson).getInt("id");
    }
}
