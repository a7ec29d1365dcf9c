package dev.backendcourse.week4;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;

/** Creates rows through the API, so each test builds the data it reads and never relies on seed ids. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Returns a category that no other test uses, up to 50 characters, for tests that list by category. */
    public static String uniqueCategory(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a resource with an address and contact email, and returns its id. */
    public static int createResource(String name, String category) {
        return given()
                .contentType(ContentType.JSON)
                .body("""
                      {"name": "%s", "category": "%s", "address": "1 Test St", "contact_email": "desk@example.org"}
                      """.formatted(name, category))
            .when()
                .post("/resources")
            .then()
                .statusCode(201)
                .extract().path("id");
    }

    /** Creates a referral of {@code resourceId} dated {@code referralDate}, such as "2026-04-01", and returns its id. */
    public static int createReferral(int resourceId, String familyName, String referralDate) {
        return given()
                .contentType(ContentType.JSON)
                .body("""
                      {"family_name": "%s", "resource_id": %d, "referral_date": "%s", "notes": "Created by a test"}
                      """.formatted(familyName, resourceId, referralDate))
            .when()
                .post("/referrals")
            .then()
                .statusCode(201)
                .extract().path("id");
    }
}
