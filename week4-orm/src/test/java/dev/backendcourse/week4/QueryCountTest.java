package dev.backendcourse.week4;

import static dev.backendcourse.week4.Fixtures.createReferral;
import static dev.backendcourse.week4.Fixtures.createResource;
import static dev.backendcourse.week4.Fixtures.uniqueCategory;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.testing.CourseServerExtension;

/**
 * Counts the SQL statements behind each route with Hibernate's statistics. Listing resources with their referrals
 * must not send one more SELECT per resource (the N+1 problem): 5 resources and 50 cost the same.
 */
class QueryCountTest {

    private static SessionFactory sessionFactory;

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(database -> {
        sessionFactory = HibernateBootstrap.sessionFactory(database.dataSource(), false);
        return OrmApi.resourceConfig(database, sessionFactory);
    });

    @Test
    void listingCostsSameFor5And50Resources() {
        long forFive = statementsToList(5);
        long forFifty = statementsToList(50);

        assertThat(forFifty).as("statements to list 50 resources with their referrals").isEqualTo(forFive);
        assertThat(forFive).as("statements to list 5 resources with their referrals").isEqualTo(1);
    }

    @Test
    void readingResourceCostsTwoStatements() {
        int id = createResource("Read me", "Food");
        createReferral(id, "One", "2026-04-01");
        createReferral(id, "Two", "2026-04-02");

        assertThat(statementsFor(() -> given().when().get("/resources/" + id).then().statusCode(200)))
                .as("statements for GET /resources/{id}: the resource, then its referrals")
                .isEqualTo(2);
    }

    @Test
    void readingReferralCostsOneJoin() {
        int referralId = createReferral(createResource("Joined", "Food"), "One", "2026-04-01");

        assertThat(statementsFor(() -> given().when().get("/referrals/" + referralId).then().statusCode(200)))
                .as("statements for GET /referrals/{id}: one SELECT with a JOIN")
                .isEqualTo(1);
    }

    @Test
    void listingReferralsCostsOneJoin() {
        String category = uniqueCategory("Joined");
        for (int i = 0; i < 10; i++) {
            createReferral(createResource("Resource " + i, category), "Family " + i, "2026-04-01");
        }

        assertThat(statementsFor(() -> given().queryParam("limit", 10).when().get("/referrals").then().statusCode(200)))
                .as("statements for GET /referrals with 10 referrals of 10 resources")
                .isEqualTo(1);
    }

    /** Creates {@code count} resources with two referrals each in a new category, then counts the statements to list them. */
    private static long statementsToList(int count) {
        String category = uniqueCategory("Counted");
        for (int i = 0; i < count; i++) {
            int id = createResource("Resource " + i, category);
            createReferral(id, "First family " + i, "2026-04-01");
            createReferral(id, "Second family " + i, "2026-04-02");
        }

        return statementsFor(() -> given()
                .queryParam("category", category)
                .queryParam("limit", 100)
            .when()
                .get("/resources")
            .then()
                .statusCode(200)
                .body("$", hasSize(count))
                .body("referrals.flatten()", hasSize(2 * count)));
    }

    /** Runs one request and returns the number of SQL statements Hibernate prepared while serving it. */
    private static long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            request.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
