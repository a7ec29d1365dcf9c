package dev.backendcourse.week3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

/** Many clients writing at once: every create lands exactly once, and no client gets a server error. */
class ConcurrencyTest {

    private static final int CLIENTS = 32;
    private static final int CREATES_PER_CLIENT = 50;

    @RegisterExtension
    static final CourseServerExtension server = CourseServerExtension.servingWithDatabase(SqlApi::resourceConfig);

    @Test
    void concurrentCreatesAllLandOnce() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = server.baseUri().resolve("/resources");

        List<Future<Map<Integer, Integer>>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int clientNumber = 0; clientNumber < CLIENTS; clientNumber++) {
                int current = clientNumber;
                results.add(pool.submit(() -> createMany(client, endpoint, current)));
            }
        } finally {
            pool.shutdown();
        }

        Map<Integer, Integer> countsByStatus = new TreeMap<>();
        for (Future<Map<Integer, Integer>> result : results) {
            result.get().forEach((status, count) -> countsByStatus.merge(status, count, Integer::sum));
        }
        assertThat(countsByStatus).as("responses by status").isEqualTo(Map.of(201, CLIENTS * CREATES_PER_CLIENT));
        assertThat(query("SELECT count(*) FROM resources")).isEqualTo(1_600);
        assertThat(query("SELECT count(DISTINCT id) FROM resources")).isEqualTo(1_600);
        assertThat(query("SELECT count(DISTINCT name) FROM resources")).isEqualTo(1_600);
    }

    /** Sends one client's creates one after another, and counts the responses by status code. */
    private static Map<Integer, Integer> createMany(HttpClient client, URI endpoint, int clientNumber) throws Exception {
        Map<Integer, Integer> countsByStatus = new TreeMap<>();
        for (int i = 0; i < CREATES_PER_CLIENT; i++) {
            String body = "{\"name\": \"client " + clientNumber + " resource " + i + "\", \"category\": \"Load\"}";
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

    private static int query(String sql) throws SQLException {
        try (Connection connection = server.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
