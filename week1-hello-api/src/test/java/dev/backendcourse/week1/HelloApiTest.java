package dev.backendcourse.week1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.kit.testing.ErrorContract;
import dev.backendcourse.kit.testing.MalformedRequest;
import io.restassured.http.ContentType;

class HelloApiTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(HelloApi::resourceConfig);

    @Test
    void rootReturnsHelloWorld() {
        given()
        .when()
            .get("/")
        .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body(equalTo("{\"message\":\"Hello World\"}"));
    }

    @ParameterizedTest(name = "/items/{0}")
    @ValueSource(ints = {5, 0, -3, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void itemIdIsReturnedAsNumber(int itemId) {
        given()
        .when()
            .get("/items/" + itemId)
        .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body(equalTo("{\"item_id\":" + itemId + "}"));
    }

    @Nested
    class InvalidItemId {

        @ParameterizedTest(name = "/items/{0}")
        @ValueSource(strings = {"abc", "1.5", "99999999999", "2147483648", "-2147483649", "5abc", "%20", "1e3",
                "0x10", "%E2%91%A4", "%F0%9F%98%80", "five"})
        void nonIntegerItemIdIs422(String itemId) {
            given()
                .urlEncodingEnabled(false)
            .when()
                .get("/items/" + itemId)
            .then()
                .statusCode(422)
                .contentType(ContentType.JSON)
                .body("detail[0].loc", equalTo(List.of("path", "item_id")))
                .body("detail[0].type", equalTo("int_parsing"))
                .body("detail[0].msg", notNullValue());
        }
    }

    @Nested
    class MalformedRequests {

        static Stream<MalformedRequest> requests() {
            String twoMegabytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
            return Stream.of(
                    MalformedRequest.get("text item id", "/items/abc"),
                    MalformedRequest.get("decimal item id", "/items/1.5"),
                    MalformedRequest.get("item id above int", "/items/99999999999"),
                    MalformedRequest.get("item id of 400 digits", "/items/" + "9".repeat(400)),
                    MalformedRequest.get("negative overflow", "/items/-99999999999"),
                    MalformedRequest.get("null as item id", "/items/null"),
                    MalformedRequest.get("true as item id", "/items/true"),
                    MalformedRequest.get("encoded NUL byte", "/items/%00"),
                    MalformedRequest.get("encoded space", "/items/%20"),
                    MalformedRequest.get("emoji", "/items/%F0%9F%98%80"),
                    MalformedRequest.get("right-to-left mark", "/items/%E2%80%8F5"),
                    MalformedRequest.get("full-width digit", "/items/%EF%BC%95"),
                    MalformedRequest.get("SQL in item id", "/items/1%3B%20DROP%20TABLE%20items"),
                    MalformedRequest.get("script in item id", "/items/%3Cscript%3E"),
                    MalformedRequest.get("JSON in item id", "/items/%7B%22a%22%3A1%7D"),
                    MalformedRequest.get("unknown path", "/nothing-here"),
                    MalformedRequest.get("nested unknown path", "/items/5/details"),
                    MalformedRequest.get("path traversal", "/items/..%2F..%2Fetc%2Fpasswd"),
                    MalformedRequest.get("encoded traversal", "/%2E%2E/%2E%2E/etc/passwd"),
                    MalformedRequest.get("very long unknown path", "/" + "a".repeat(4000)),
                    new MalformedRequest("POST to root", "POST", "/", null, null),
                    new MalformedRequest("PUT to root", "PUT", "/", null, null),
                    new MalformedRequest("DELETE an item", "DELETE", "/items/5", null, null),
                    new MalformedRequest("PATCH an item", "PATCH", "/items/5", null, null),
                    MalformedRequest.json("JSON body to root", "POST", "/", "{\"message\":\"hi\"}"),
                    MalformedRequest.json("malformed JSON to items", "POST", "/items/5", "{\"item_id\":"),
                    MalformedRequest.json("truncated JSON", "PUT", "/items/5", "{\"item_id\": 5"),
                    MalformedRequest.json("JSON null", "POST", "/", "null"),
                    new MalformedRequest("XML body", "POST", "/", "application/xml", "<item id=\"5\"/>"),
                    new MalformedRequest("form body", "POST", "/items/5", "application/x-www-form-urlencoded",
                            "item_id=5"),
                    MalformedRequest.json("2 MB body", "POST", "/", twoMegabytes),
                    MalformedRequest.json("2 MB body to an item", "PUT", "/items/5", twoMegabytes));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("requests")
        void malformedRequestGetsClientErrorJson(MalformedRequest request) {
            ErrorContract.assertClientErrorJson(request.send(), request.toString());
        }
    }

    @Nested
    class ApiDocs {

        @Test
        void openApiDescribesItemRoute() {
            given()
            .when()
                .get("/openapi.json")
            .then()
                .statusCode(200)
                .body("info.title", equalTo("Week 1: Hello API"))
                .body("paths.'/items/{item_id}'.get.parameters[0].name", equalTo("item_id"))
                .body("paths.'/items/{item_id}'.get.parameters[0].schema.type", equalTo("integer"))
                .body("paths.'/items/{item_id}'.get.responses.'422'.description", equalTo("Validation Error"));
        }

        @Test
        void docsPageIsSwaggerUi() {
            given()
            .when()
                .get("/docs")
            .then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
        }
    }
}
