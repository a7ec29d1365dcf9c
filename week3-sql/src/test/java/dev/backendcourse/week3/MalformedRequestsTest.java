package dev.backendcourse.week3;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.kit.testing.ErrorContract;
import dev.backendcourse.kit.testing.MalformedRequest;

/** Every malformed request to a week-3 route gets a 4xx JSON error, never a 5xx, an HTML page or an empty body. */
class MalformedRequestsTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    static Stream<MalformedRequest> requests() {
        String twoMegabytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        return Stream.of(
                MalformedRequest.get("text resource id", "/resources/abc"),
                MalformedRequest.get("resource id above int", "/resources/2147483648"),
                MalformedRequest.get("negative resource id", "/resources/-1"),
                MalformedRequest.get("SQL in resource id", "/resources/1%20OR%201=1"),
                MalformedRequest.get("emoji user id", "/users/%F0%9F%98%80"),
                MalformedRequest.get("text user id in orders", "/users/x/orders"),
                MalformedRequest.get("text order id", "/orders/abc"),
                MalformedRequest.get("text limit", "/resources?limit=abc"),
                MalformedRequest.get("zero limit", "/resources?limit=0"),
                MalformedRequest.get("limit above maximum", "/resources?limit=101"),
                MalformedRequest.get("limit above long", "/users?limit=" + "9".repeat(30)),
                MalformedRequest.get("negative offset", "/orders?offset=-1"),
                MalformedRequest.get("empty offset", "/resources?offset="),
                MalformedRequest.get("category over 50 characters", "/resources?category=" + "c".repeat(51)),
                MalformedRequest.get("NUL in category", "/resources?category=a%00b"),
                MalformedRequest.get("unknown path", "/products"),
                MalformedRequest.get("path traversal", "/resources/..%2F..%2Fetc%2Fpasswd"),
                MalformedRequest.json("empty resource", "POST", "/resources", "{}"),
                MalformedRequest.json("null resource name", "POST", "/resources", "{\"name\":null}"),
                MalformedRequest.json("number resource name", "POST", "/resources", "{\"name\":5}"),
                MalformedRequest.json("256-character name", "POST", "/resources", "{\"name\":\"" + "n".repeat(256) + "\"}"),
                MalformedRequest.json("NUL in name", "POST", "/resources", "{\"name\":\"a\\u0000b\"}"),
                MalformedRequest.json("truncated JSON", "POST", "/resources", "{\"name\":\"Pan"),
                MalformedRequest.json("single quotes", "POST", "/resources", "{'name':'Pantry'}"),
                MalformedRequest.json("JSON array", "POST", "/resources", "[{\"name\":\"Pantry\"}]"),
                MalformedRequest.json("JSON null", "POST", "/resources", "null"),
                MalformedRequest.json("empty body", "POST", "/resources", ""),
                MalformedRequest.json("raw control character", "POST", "/resources", "{\"name\":\"Pa\u0001n\"}"),
                MalformedRequest.json("deep nesting", "POST", "/resources", "[".repeat(5000) + "]".repeat(5000)),
                MalformedRequest.json("PUT with empty name", "PUT", "/resources/1", "{\"name\":\"\"}"),
                MalformedRequest.json("PUT to missing resource", "PUT", "/resources/999999", "{\"name\":\"Ghost\"}"),
                MalformedRequest.json("invalid email", "POST", "/users", "{\"name\":\"Ada\",\"email\":\"nope\"}"),
                MalformedRequest.json("101-character user name", "POST", "/users", "{\"name\":\"" + "n".repeat(101) + "\"}"),
                MalformedRequest.json("order of unknown user", "POST", "/orders",
                        "{\"user_id\":999999,\"amount\":1,\"order_date\":\"2026-03-25\"}"),
                MalformedRequest.json("negative amount", "POST", "/orders",
                        "{\"user_id\":1,\"amount\":-5,\"order_date\":\"2026-03-25\"}"),
                MalformedRequest.json("three decimals", "POST", "/orders",
                        "{\"user_id\":1,\"amount\":1.005,\"order_date\":\"2026-03-25\"}"),
                MalformedRequest.json("amount 1e400", "POST", "/orders",
                        "{\"user_id\":1,\"amount\":1e400,\"order_date\":\"2026-03-25\"}"),
                MalformedRequest.json("NaN amount", "POST", "/orders", "{\"user_id\":1,\"amount\":NaN,\"order_date\":\"2026-03-25\"}"),
                MalformedRequest.json("day 30 of February", "POST", "/orders",
                        "{\"user_id\":1,\"amount\":1,\"order_date\":\"2026-02-30\"}"),
                MalformedRequest.json("date with time", "POST", "/orders",
                        "{\"user_id\":1,\"amount\":1,\"order_date\":\"2026-03-25T10:00:00\"}"),
                new MalformedRequest("text/plain body", "POST", "/resources", "text/plain", "Pantry"),
                new MalformedRequest("form body", "POST", "/users", "application/x-www-form-urlencoded", "name=Ada"),
                new MalformedRequest("XML body", "POST", "/orders", "application/xml", "<order/>"),
                new MalformedRequest("DELETE collection", "DELETE", "/resources", null, null),
                new MalformedRequest("PUT collection", "PUT", "/users", "application/json", "{}"),
                new MalformedRequest("DELETE missing resource", "DELETE", "/resources/999999", null, null),
                new MalformedRequest("DELETE order", "DELETE", "/orders/1", null, null),
                MalformedRequest.json("2 MB body", "POST", "/resources", twoMegabytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void malformedRequestGetsClientErrorJson(MalformedRequest request) {
        ErrorContract.assertClientErrorJson(request.send(), request.toString());
    }

    @AfterAll
    static void serverStillServes() {
        given()
        .when()
            .get("/resources")
        .then()
            .statusCode(200)
            .body("size()", equalTo(0));
    }
}
