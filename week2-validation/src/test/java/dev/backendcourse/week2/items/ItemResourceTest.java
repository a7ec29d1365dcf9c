package dev.backendcourse.week2.items;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backendcourse.kit.testing.CourseServerExtension;
import dev.backendcourse.kit.testing.ErrorContract;
import dev.backendcourse.kit.testing.MalformedRequest;
import dev.backendcourse.week2.ValidationApi;
import io.restassured.http.ContentType;

class ItemResourceTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(ValidationApi::resourceConfig);

    @Nested
    class PathParameter {

        @Test
        void itemIdIsReturnedAsNumber() {
            given()
            .when()
                .get("/items/5")
            .then()
                .statusCode(200)
                .body(equalTo("{\"item_id\":5}"));
        }

        @ParameterizedTest(name = "/items/{0}")
        @ValueSource(strings = {"abc", "1.5", "99999999999"})
        void nonIntegerItemIdIs422(String itemId) {
            given()
            .when()
                .get("/items/" + itemId)
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("path", "item_id")));
        }
    }

    @Nested
    class QueryParameter {

        @Test
        void limitDefaultsToTen() {
            given()
            .when()
                .get("/items")
            .then()
                .statusCode(200)
                .body(equalTo("{\"limit\":10}"));
        }

        @ParameterizedTest(name = "?limit={0}")
        @ValueSource(ints = {1, 5, 100})
        void limitIsReturnedAsGiven(int limit) {
            given()
                .queryParam("limit", limit)
            .when()
                .get("/items")
            .then()
                .statusCode(200)
                .body("limit", equalTo(limit));
        }

        @ParameterizedTest(name = "?limit={0} is {1}")
        @CsvSource({
            "abc, int_parsing",
            "'', int_parsing",
            "1.5, int_parsing",
            "99999999999, int_parsing",
            "0, greater_than_equal",
            "-1, greater_than_equal",
            "101, less_than_equal",
        })
        void invalidLimitIs422(String limit, String type) {
            given()
                .queryParam("limit", limit)
            .when()
                .get("/items")
            .then()
                .statusCode(422)
                .contentType(ContentType.JSON)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("query", "limit")))
                .body("detail[0].type", equalTo(type));
        }
    }

    @Nested
    class RequestBody {

        @Test
        void validItemIsReturned() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Notebook", "price": 5.99}
                      """)
            .when()
                .post("/items")
            .then()
                .statusCode(200)
                .body("name", equalTo("Notebook"))
                .body("price", equalTo(5.99f));
        }

        @Test
        void numericStringPriceIsAccepted() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Notebook", "price": "5.99"}
                      """)
            .when()
                .post("/items")
            .then()
                .statusCode(200)
                .body("price", equalTo(5.99f));
        }

        @Test
        void unknownFieldsAreIgnored() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "Notebook", "price": 2, "colour": "red", "id": 99}
                      """)
            .when()
                .post("/items")
            .then()
                .statusCode(200)
                .body(equalTo("{\"name\":\"Notebook\",\"price\":2.0}"));
        }

        @Test
        void missingFieldsAreAllReported() {
            given()
                .contentType(ContentType.JSON)
                .body("{}")
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail", hasSize(2))
                .body("detail[0].loc", equalTo(List.of("body", "name")))
                .body("detail[0].type", equalTo("missing"))
                .body("detail[0].msg", equalTo("Field required"))
                .body("detail[1].loc", equalTo(List.of("body", "price")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{\"name\": \"Pen\"}                        | price | missing",
            "{\"price\": 1.5}                           | name  | missing",
            "{\"name\": \"Pen\", \"price\": null}       | price | missing",
            "{\"name\": \"Pen\", \"price\": \"abc\"}    | price | float_type",
            "{\"name\": \"Pen\", \"price\": true}       | price | float_type",
            "{\"name\": \"Pen\", \"price\": [1]}        | price | float_type",
            "{\"name\": \"Pen\", \"price\": 1e400}      | price | finite_number",
            "{\"name\": \"Pen\", \"price\": -0.01}      | price | greater_than_equal",
            "{\"name\": 5, \"price\": 1}                | name  | string_type",
            "{\"name\": true, \"price\": 1}             | name  | string_type",
            "{\"name\": {\"a\": 1}, \"price\": 1}       | name  | string_type",
            "{\"name\": \"\", \"price\": 1}             | name  | string_too_short",
        })
        void invalidFieldIs422NamingIt(String body, String field, String type) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("body", field)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void nameOverOneHundredCharactersIs422() {
            given()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + "n".repeat(101) + "\", \"price\": 1}")
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "name")))
                .body("detail[0].type", equalTo("string_too_long"));
        }

        @ParameterizedTest(name = "body: {0}")
        @ValueSource(strings = {"", "null"})
        void absentBodyIs422Missing(String body) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body")))
                .body("detail[0].type", equalTo("missing"));
        }

        @ParameterizedTest(name = "body: {0}")
        @ValueSource(strings = {"[]", "[{\"name\": \"Pen\", \"price\": 1}]", "\"Pen\"", "42"})
        void bodyThatIsNotAnObjectIs422(String body) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body")))
                .body("detail[0].type", equalTo("model_attributes_type"));
        }

        @ParameterizedTest(name = "body: {0}")
        @ValueSource(strings = {"{", "{\"name\": \"Pen\",", "{\"name\" \"Pen\"}", "{'name': 'Pen'}",
                "{\"name\": \"Pen\", \"price\": 1} extra"})
        void malformedJsonIs422JsonInvalid(String body) {
            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail[0].loc[0]", equalTo("body"))
                .body("detail[0].type", equalTo("json_invalid"));
        }

        @ParameterizedTest(name = "Content-Type: {0}")
        @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
        void nonJsonContentTypeIs422(String contentType) {
            given()
                .contentType(contentType)
                .body("{\"name\": \"Pen\", \"price\": 1}")
            .when()
                .post("/items")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body")))
                .body("detail[0].type", equalTo("model_attributes_type"));
        }
    }

    @Nested
    class MalformedRequests {

        static Stream<MalformedRequest> requests() {
            String twoMegabytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"price\":1}";
            return Stream.of(
                    MalformedRequest.get("text limit", "/items?limit=abc"),
                    MalformedRequest.get("empty limit", "/items?limit="),
                    MalformedRequest.get("decimal limit", "/items?limit=2.5"),
                    MalformedRequest.get("limit above long", "/items?limit=" + "9".repeat(30)),
                    MalformedRequest.get("negative limit", "/items?limit=-5"),
                    MalformedRequest.get("unicode limit", "/items?limit=%E2%91%A4"),
                    MalformedRequest.get("null limit", "/items?limit=null"),
                    MalformedRequest.get("text item id", "/items/abc"),
                    MalformedRequest.get("item id above int", "/items/2147483648"),
                    MalformedRequest.get("emoji item id", "/items/%F0%9F%98%80"),
                    MalformedRequest.get("unknown path", "/products"),
                    MalformedRequest.get("path traversal", "/items/..%2F..%2Fetc%2Fpasswd"),
                    MalformedRequest.json("missing price", "POST", "/items", "{\"name\":\"Pen\"}"),
                    MalformedRequest.json("empty object", "POST", "/items", "{}"),
                    MalformedRequest.json("text price", "POST", "/items", "{\"name\":\"Pen\",\"price\":\"abc\"}"),
                    MalformedRequest.json("number name", "POST", "/items", "{\"name\":5,\"price\":1}"),
                    MalformedRequest.json("null name", "POST", "/items", "{\"name\":null,\"price\":1}"),
                    MalformedRequest.json("huge price", "POST", "/items", "{\"name\":\"Pen\",\"price\":1e999}"),
                    MalformedRequest.json("NaN price", "POST", "/items", "{\"name\":\"Pen\",\"price\":NaN}"),
                    MalformedRequest.json("truncated JSON", "POST", "/items", "{\"name\":\"Pen\",\"pri"),
                    MalformedRequest.json("unclosed string", "POST", "/items", "{\"name\":\"Pen"),
                    MalformedRequest.json("single quotes", "POST", "/items", "{'name':'Pen','price':1}"),
                    MalformedRequest.json("JSON array", "POST", "/items", "[1,2,3]"),
                    MalformedRequest.json("JSON null", "POST", "/items", "null"),
                    MalformedRequest.json("empty body", "POST", "/items", ""),
                    MalformedRequest.json("raw control character", "POST", "/items", "{\"name\":\"Pe\u0001n\",\"price\":1}"),
                    MalformedRequest.json("deep nesting", "POST", "/items", "[".repeat(5000) + "]".repeat(5000)),
                    new MalformedRequest("text/plain body", "POST", "/items", "text/plain", "Pen, 1.5"),
                    new MalformedRequest("XML body", "POST", "/items", "application/xml", "<item/>"),
                    new MalformedRequest("form body", "POST", "/items", "application/x-www-form-urlencoded",
                            "name=Pen&price=1"),
                    new MalformedRequest("PUT items", "PUT", "/items", null, null),
                    new MalformedRequest("DELETE item", "DELETE", "/items/5", null, null),
                    new MalformedRequest("POST to an item", "POST", "/items/5", "application/json", "{}"),
                    MalformedRequest.json("2 MB body", "POST", "/items", twoMegabytes));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("requests")
        void malformedRequestGetsClientErrorJson(MalformedRequest request) {
            ErrorContract.assertClientErrorJson(request.send(), request.toString());
        }
    }

    @Test
    void openApiDescribesItemModel() {
        given()
        .when()
            .get("/openapi.json")
        .then()
            .statusCode(200)
            .body("components.schemas.Item.required", equalTo(List.of("name", "price")))
            .body("components.schemas.Item.properties.name.maxLength", equalTo(100))
            .body("paths.'/items'.post.responses.'422'.description", equalTo("Validation Error"))
            .body("paths.'/items'.get.parameters[0].name", equalTo("limit"));
    }
}
