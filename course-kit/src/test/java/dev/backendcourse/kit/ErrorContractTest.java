package dev.backendcourse.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.backendcourse.kit.errors.UnexpectedExceptionMapper;
import dev.backendcourse.kit.server.RequestBodyLimitFilter;
import dev.backendcourse.kit.testing.CourseServerExtension;
import io.restassured.http.ContentType;

class ErrorContractTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.serving(ProbeApplication::resourceConfig);

    @Nested
    class RoutesAndMethods {

        @Test
        void unknownRouteIsJson404() {
            given()
            .when()
                .get("/no/such/route")
            .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("detail", equalTo("Not Found"));
        }

        @Test
        void wrongMethodIsJson405WithAllow() {
            given()
            .when()
                .delete("/probe")
            .then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .header("Allow", containsString("POST"))
                .body("detail", equalTo("Method Not Allowed"));
        }

        @Test
        void missingResourceKeepsItsMessage() {
            given()
            .when()
                .get("/probe/missing/7")
            .then()
                .statusCode(404)
                .body("detail", equalTo("Probe 7 not found"));
        }
    }

    @Nested
    class UnexpectedErrors {

        private final Logger mapperLog = (Logger) LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
        private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

        @BeforeEach
        void captureLog() {
            logged.start();
            mapperLog.addAppender(logged);
        }

        @AfterEach
        void releaseLog() {
            mapperLog.detachAppender(logged);
        }

        @Test
        void bugIsJson500WithoutInternals() {
            given()
            .when()
                .get("/probe/boom")
            .then()
                .statusCode(500)
                .contentType(ContentType.JSON)
                .body("detail", equalTo("Internal Server Error"))
                .body(not(containsString(ProbeApplication.SECRET)))
                .body(not(containsString("IllegalStateException")));
        }

        @Test
        void javaErrorIsJson500() {
            given()
            .when()
                .get("/probe/error")
            .then()
                .statusCode(500)
                .contentType(ContentType.JSON)
                .body("detail", equalTo("Internal Server Error"));
        }

        @Test
        void bugIsLoggedOnceWithStackTrace() {
            given().when().get("/probe/boom").then().statusCode(500);

            assertThat(logged.list).hasSize(1);
            assertThat(logged.list.get(0).getThrowableProxy()).isNotNull();
            assertThat(logged.list.get(0).getThrowableProxy().getMessage()).isEqualTo(ProbeApplication.SECRET);
        }
    }

    @Nested
    class InvalidParameters {

        @ParameterizedTest(name = "/probe/numbers/{0}")
        @ValueSource(strings = {"abc", "1.5", "99999999999", "%20", "%00", "-", "1e3", "%E2%82%AC"})
        void nonIntegerPathValueIs422(String count) {
            given()
                .urlEncodingEnabled(false)
            .when()
                .get("/probe/numbers/" + count)
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("path", "count")))
                .body("detail[0].type", equalTo("int_parsing"));
        }

        @ParameterizedTest(name = "?{0}={1}")
        @CsvSource({
            "flag, maybe, bool_parsing",
            "flag, '', bool_parsing",
            "ratio, abc, float_parsing",
            "ratio, Infinity, float_parsing",
            "ratio, NaN, float_parsing",
        })
        void invalidQueryValueIs422(String name, String value, String type) {
            given()
                .queryParam(name, value)
            .when()
                .get("/probe/numbers/1")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", name)))
                .body("detail[0].type", equalTo(type));
        }

        @Test
        void absentQueryValuesTakeJaxRsDefaults() {
            given()
            .when()
                .get("/probe/numbers/3")
            .then()
                .statusCode(200)
                .body("count", equalTo(3))
                .body("flag", equalTo(false))
                .body("ratio", equalTo(null));
        }

        @ParameterizedTest(name = "?flag={0}")
        @CsvSource({"true, true", "1, true", "yes, true", "FALSE, false", "0, false", "off, false"})
        void booleanQueryAcceptsPydanticWords(String value, boolean expected) {
            given()
                .queryParam("flag", value)
            .when()
                .get("/probe/numbers/1")
            .then()
                .statusCode(200)
                .body("flag", equalTo(expected));
        }

        @Test
        void invalidHeaderIs422() {
            given()
                .header("X-Count", "11")
            .when()
                .get("/probe/header")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("header", "X-Count")))
                .body("detail[0].type", equalTo("less_than_equal"));
        }
    }

    @Nested
    class InvalidBodies {

        @Test
        void fieldLocationUsesJsonName() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"full_name": "far too long"}
                      """)
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "full_name")))
                .body("detail[0].type", equalTo("string_too_long"))
                .body("detail[0].msg", equalTo("String should have at most 5 characters"));
        }

        @Test
        void nestedFieldLocationHasListIndex() {
            given()
                .contentType(ContentType.JSON)
                .body("""
                      {"full_name": "Ana", "tags": [{"label": "ok"}, {"label": "too long"}]}
                      """)
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "tags", 1, "label")));
        }

        @Test
        void malformedJsonIsJsonInvalidAtPosition() {
            given()
                .contentType(ContentType.JSON)
                .body("{\"full_name\": }")
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].type", equalTo("json_invalid"))
                .body("detail[0].loc", equalTo(List.of("body", 14)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"nesting", "digits"})
        void jsonOverJacksonLimitsIs422(String limit) {
            String body = limit.equals("nesting")
                    ? "{\"full_name\": \"Ana\", \"extra\": " + "[".repeat(2000) + "]".repeat(2000) + "}"
                    : "{\"full_name\": \"Ana\", \"extra\": " + "9".repeat(2000) + "}";

            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].type", equalTo("json_invalid"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"A\\u0000b", "\\ud800", "x\\udc00", "\\ud83d"})
        void textPostgresCannotStoreIs422(String escaped) {
            given()
                .contentType(ContentType.JSON)
                .body("{\"full_name\": \"" + escaped + "\"}")
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "full_name")))
                .body("detail[0].type", equalTo("string_pattern_mismatch"));
        }

        @Test
        void nulCharacterInTextIs422() {
            given()
                .contentType(ContentType.JSON)
                .body("{\"full_name\": \"A\\u0000b\"}")
            .when()
                .post("/probe")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "full_name")))
                .body("detail[0].type", equalTo("string_pattern_mismatch"));
        }

        @ParameterizedTest(name = "amount {0}")
        @CsvSource({"1.000, 1", "100.00, 100", "0E-10, 0", "19.99, 19.99"})
        void trailingDecimalZerosAreDropped(String amount, String expected) {
            given()
                .contentType(ContentType.JSON)
                .body("{\"amount\": " + amount + "}")
            .when()
                .post("/probe/payments")
            .then()
                .statusCode(200)
                .body(containsString("\"amount\":" + expected + ","));
        }

        @ParameterizedTest(name = "day {0}")
        @ValueSource(strings = {"\"-4713-01-01\"", "\"+10000-01-01\"", "\"0000-01-01\"", "\" 2026-04-01\"",
                "[2026,3,27]", "\"2026-02-30\"",
                "\"2026-4-1\"", "20260401", "\"01/04/2026\""})
        void dateOtherThanIsoTextIs422(String day) {
            given()
                .contentType(ContentType.JSON)
                .body("{\"amount\": 1, \"day\": " + day + "}")
            .when()
                .post("/probe/payments")
            .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "day")));
        }

        @Test
        void isoDateIsReadAndWrittenAsText() {
            given()
                .contentType(ContentType.JSON)
                .body("{\"amount\": 1, \"day\": \"2026-04-01\"}")
            .when()
                .post("/probe/payments")
            .then()
                .statusCode(200)
                .body("day", equalTo("2026-04-01"));
        }

        @Test
        void declaredOversizedBodyIs413() {
            String body = "{\"full_name\": \"" + "a".repeat((int) RequestBodyLimitFilter.MAX_BODY_BYTES) + "\"}";

            given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/probe")
            .then()
                .statusCode(413)
                .contentType(ContentType.JSON)
                .body("detail", containsString("limit"));
        }

        @Test
        void chunkedOversizedBodyIs413() throws IOException {
            String chunk = "a".repeat(64 * 1024);
            StringBuilder request = new StringBuilder("POST /probe HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            request.append("f\r\n{\"full_name\": \"\r\n");
            for (int i = 0; i < 20; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("2\r\n\"}\r\n0\r\n\r\n");

            String response = sendRaw(request.toString());

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/json").contains("\"detail\"");
        }
    }

    @Nested
    class RequestsGrizzlyRejects {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/probe/numbers/%ZZ", "/probe/numbers/1?flag=%ZZ", "/docs/%ZZ", "/%"})
        void malformedPercentEncodingIsJson400(String path) throws IOException {
            String response = sendRaw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).contains("application/json");
            assertThat(response).contains("{\"detail\":\"Invalid URL");
        }

        @Test
        void unparsableContentTypeIsJson400() throws IOException {
            String response = sendRaw("POST /probe HTTP/1.1\r\nHost: localhost\r\nContent-Type: ;;;\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).contains("application/json");
            assertThat(response).contains("Content-Type");
        }

        @ParameterizedTest(name = "Accept: {0}")
        @ValueSource(strings = {";;;", "a/b/c", "application/json;q=abc"})
        void unparsableAcceptIsJson400(String accept) {
            given()
                .header("Accept", accept)
            .when()
                .get("/probe/numbers/1")
            .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detail", containsString("Accept"));
        }

        @Test
        void validationErrorHasReasonPhrase() throws IOException {
            String response = sendRaw("GET /probe/numbers/abc HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 422 Unprocessable Content");
        }

        @Test
        void bodyOnGetIsIgnored() {
            given()
                .body("ignored")
            .when()
                .get("/probe/numbers/4")
            .then()
                .statusCode(200)
                .body("count", equalTo(4));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"THIS IS NOT HTTP", "GET / HTTP/9.9"})
        void malformedRequestIsRejectedWithoutHtml(String request) throws IOException {
            String response = sendRaw(request + "\r\n\r\n");

            assertThat(response).matches("(?s)HTTP/1.1 [45]\\d\\d .*");
            assertThat(response).doesNotContainIgnoringCase("<html");
        }

        @Test
        void oversizedHeaderIsJsonNotHtml() throws IOException {
            String response = sendRaw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(64 * 1024)
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(response).matches("(?s)HTTP/1.1 4\\d\\d.*");
            assertThat(response).doesNotContainIgnoringCase("<html");
        }
    }

    @Nested
    class ApiDocs {

        @Test
        void openApiListsRoutesAndValidationError() {
            given()
            .when()
                .get("/openapi.json")
            .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("info.title", equalTo("Kit probe"))
                .body("paths.'/probe'.post.responses.'422'.description", equalTo("Validation Error"))
                .body("components.schemas.HTTPValidationError.properties.detail.type", equalTo("array"))
                .body("paths.'/openapi.json'", equalTo(null));
        }

        @Test
        void docsPageLoadsSwaggerUi() {
            given()
            .when()
                .get("/docs")
            .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("swagger-ui-bundle.js"))
                .body(containsString("/openapi.json"));
        }

        @Test
        void docsServesSwaggerScript() {
            given()
            .when()
                .get("/docs/swagger-ui-bundle.js")
            .then()
                .statusCode(200)
                .contentType(containsString("javascript"));
        }

        @ParameterizedTest(name = "/docs/{0}")
        @ValueSource(strings = {"..%2F..%2Fpom.properties", "%2E%2E", "no-such-file.js", "..%2Fswagger-ui.css"})
        void docsRejectsPathsOutsideWebJar(String asset) {
            given()
                .urlEncodingEnabled(false)
            .when()
                .get("/docs/" + asset)
            .then()
                .statusCode(404)
                .contentType(ContentType.JSON);
        }
    }

    private static String sendRaw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The server may respond and close before the whole request is sent. Its response is still readable.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
