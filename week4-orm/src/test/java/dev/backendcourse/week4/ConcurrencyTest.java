package dev.backendcourse.week4;

import static dev.backendcourse.week4.Fixtures.createResource;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backendcourse.kit.testing.CourseServerExtension;

/** Many clients creating referrals at once: every create lands exactly once, and none of them gets a server error. */
class ConcurrencyTest {

    private static final int CLIENTS = 32;
    private static final int CREATES_PER_CLIENT = 25;
    private static final int RESOURCES = 4;

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(OrmApi::resourceConfig);

    @Test
    void concurrentReferralsAllLandOnce() throws Exception {
        List<Integer> resourceIds = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            resourceIds.add(createResource("Shared resource " + i, "Load"));
        }
        // HTTP/1.1: with the default, HTTP/2, the client first sends an h2c upgrade request, and in this test Grizzly
        // then waited for request bodies that never arrived, until the client timed out.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI endpoint = server.baseUri().resolve("/referrals");

        List<Future<Map<Integer, Integer>>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int clientNumber = 0; clientNumber < CLIENTS; clientNumber++) {
                int current = clientNumber;
                int resourceId = resourceIds.get(clientNumber % RESOURCES);
                results.add(pool.submit(() -> createMany(client, endpoint, current, resourceId)));
            }
        } finally {
            pool.shutdown();
        }

        Map<Integer, Integer> countsByStatus = new TreeMap<>();
        for (Future<Map<Integer, Integer>> result : results) {
            result.get().forEach((status, count) -> countsByStatus.merge(status, count, Integer::sum));
        }
        int expected = CLIENTS * CREATES_PER_CLIENT;
        assertThat(countsByStatus).as("responses by status").isEqualTo(Map.of(201, expected));
        assertThat(count("SELECT count(*) FROM referrals")).isEqualTo(expected);
        assertThat(count("SELECT count(DISTINCT family_name) FROM referrals")).isEqualTo(expected);
        for (int resourceId : resourceIds) {
            assertThat(count("SELECT count(*) FROM referrals WHERE resource_id = " + resourceId))
                    .as("referrals of resource %d", resourceId)
                    .isEqualTo(expected / RESOURCES);
        }
    }

    /** Sends one client's creates one after another, and counts the responses by status code. */
    private static Map<Integer, Integer> createMany(HttpClient client, URI endpoint, int clientNumber, int resourceId)
            throws Exception {
        Map<Integer, Integer> countsByStatus = new TreeMap<>();
        for (int i = 0; i < CREATES_PER_CLIENT; i++) {
            String body = """
                    {"family_name": "client %d family %d", "resource_id": %d, "referral_date": "2026-04-01"}
                    """.formatted(clientNumber, i, resourceId);
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();

            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            countsByStatus.merge(response.statusCode(), 1, Integer::sum);
        }
        return countsByStatus;
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = server.database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
