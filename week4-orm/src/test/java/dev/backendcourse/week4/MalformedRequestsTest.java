package dev.backendcourse.week4;

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

/** Every malformed request to a week-4 route gets a 4xx JSON error, never a 5xx, an HTML page or an empty body. */
class MalformedRequestsTest {

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(OrmApi::resourceConfig);

    static Stream<MalformedRequest> requests() {
        String twoMegabytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        return Stream.of(
                MalformedRequest.get("text resource id", "/resources/abc"),
                MalformedRequest.get("resource id above int", "/resources/2147483648"),
                MalformedRequest.get("negative resource id", "/resources/-1"),
                MalformedRequest.get("decimal resource id", "/resources/1.5"),
                MalformedRequest.get("SQL in resource id", "/resources/1%20OR%201=1"),
                MalformedRequest.get("text id in resource referrals", "/resources/x/referrals"),
                MalformedRequest.get("emoji referral id", "/referrals/%F0%9F%98%80"),
                MalformedRequest.get("missing referral", "/referrals/999999"),
                MalformedRequest.get("text limit", "/resources?limit=abc"),
                MalformedRequest.get("zero limit", "/referrals?limit=0"),
                MalformedRequest.get("limit above maximum", "/resources?limit=101"),
                MalformedRequest.get("limit above long", "/referrals?limit=" + "9".repeat(30)),
                MalformedRequest.get("negative offset", "/resources?offset=-1"),
                MalformedRequest.get("empty offset", "/referrals?offset="),
                MalformedRequest.get("category over 50 characters", "/resources?category=" + "c".repeat(51)),
                MalformedRequest.get("NUL in category", "/resources?category=a%00b"),
                MalformedRequest.get("unknown path", "/families"),
                MalformedRequest.get("path traversal", "/resources/..%2F..%2Fetc%2Fpasswd"),
                MalformedRequest.json("empty resource", "POST", "/resources", "{}"),
                MalformedRequest.json("null resource name", "POST", "/resources", "{\"name\":null,\"category\":\"Food\"}"),
                MalformedRequest.json("number resource name", "POST", "/resources", "{\"name\":5,\"category\":\"Food\"}"),
                MalformedRequest.json("256-character name", "POST", "/resources",
                        "{\"name\":\"" + "n".repeat(256) + "\",\"category\":\"Food\"}"),
                MalformedRequest.json("51-character category", "POST", "/resources",
                        "{\"name\":\"Pantry\",\"category\":\"" + "c".repeat(51) + "\"}"),
                MalformedRequest.json("NUL in name", "POST", "/resources", "{\"name\":\"a\\u0000b\",\"category\":\"Food\"}"),
                MalformedRequest.json("invalid contact email", "POST", "/resources",
                        "{\"name\":\"Pantry\",\"category\":\"Food\",\"contact_email\":\"not an email\"}"),
                MalformedRequest.json("truncated JSON", "POST", "/resources", "{\"name\":\"Pan"),
                MalformedRequest.json("single quotes", "POST", "/resources", "{'name':'Pantry'}"),
                MalformedRequest.json("JSON array", "POST", "/resources", "[{\"name\":\"Pantry\"}]"),
                MalformedRequest.json("JSON null", "POST", "/referrals", "null"),
                MalformedRequest.json("empty body", "POST", "/referrals", ""),
                MalformedRequest.json("raw control character", "POST", "/resources", "{\"name\":\"Pa\u0001n\",\"category\":\"Food\"}"),
                MalformedRequest.json("deep nesting", "POST", "/referrals", "[".repeat(5000) + "]".repeat(5000)),
                MalformedRequest.json("PUT with empty name", "PUT", "/resources/1", "{\"name\":\"\",\"category\":\"Food\"}"),
                MalformedRequest.json("PUT to missing resource", "PUT", "/resources/999999", "{\"name\":\"Ghost\",\"category\":\"Food\"}"),
                MalformedRequest.json("referral of unknown resource", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":999999,\"referral_date\":\"2026-04-01\"}"),
                MalformedRequest.json("referral of resource 0", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":0,\"referral_date\":\"2026-04-01\"}"),
                MalformedRequest.json("resource id as text", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":\"one\",\"referral_date\":\"2026-04-01\"}"),
                MalformedRequest.json("resource id above int", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":2147483648,\"referral_date\":\"2026-04-01\"}"),
                MalformedRequest.json("day 30 of February", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":\"2026-02-30\"}"),
                MalformedRequest.json("date with time", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":\"2026-04-01T10:00:00\"}"),
                MalformedRequest.json("date as number", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":20260401}"),
                MalformedRequest.json("date in US order", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":\"04/01/2026\"}"),
                MalformedRequest.json("year 10000", "POST", "/referrals",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":\"+10000-01-01\"}"),
                MalformedRequest.json("referral without family name", "POST", "/referrals",
                        "{\"resource_id\":1,\"referral_date\":\"2026-04-01\"}"),
                MalformedRequest.json("PUT to missing referral", "PUT", "/referrals/999999",
                        "{\"family_name\":\"Lee\",\"resource_id\":1,\"referral_date\":\"2026-04-01\"}"),
                new MalformedRequest("text/plain body", "POST", "/resources", "text/plain", "Pantry"),
                new MalformedRequest("form body", "POST", "/referrals", "application/x-www-form-urlencoded", "family_name=Lee"),
                new MalformedRequest("XML body", "PUT", "/referrals/1", "application/xml", "<referral/>"),
                new MalformedRequest("DELETE collection", "DELETE", "/resources", null, null),
                new MalformedRequest("PUT collection", "PUT", "/referrals", "application/json", "{}"),
                new MalformedRequest("POST to referrals of resource", "POST", "/resources/1/referrals", "application/json", "{}"),
                new MalformedRequest("DELETE missing resource", "DELETE", "/resources/999999", null, null),
                new MalformedRequest("DELETE missing referral", "DELETE", "/referrals/999999", null, null),
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
