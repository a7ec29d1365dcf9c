package dev.backendcourse.kit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backendcourse.kit.server.InvalidConfigurationException;

class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void keepsDataAcrossRestart() throws SQLException {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            execute(server, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            assertThat(queryText(server, "SELECT text FROM notes")).isEqualTo("kept");
        }
    }

    @Test
    void takesOverDataLeftByKilledProcess() throws Exception {
        Path data = folder.resolve("postgres");
        Process owner = startOrphanedServer(data);
        int port = readPort(owner);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('survived kill -9')");
        }

        owner.destroyForcibly();
        assertThat(owner.waitFor(30, TimeUnit.SECONDS)).as("the JVM that owned the server exited").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            assertThat(queryText(server, "SELECT text FROM notes")).isEqualTo("survived kill -9");
        }
    }

    @Test
    void removesStalePidFile() throws SQLException, IOException {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            execute(server, "CREATE TABLE notes (text TEXT)");
        }
        // A pid that no process has: what a crashed server leaves when its pid is not reused.
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            assertThat(queryText(server, "SELECT count(*)::text FROM notes")).isEqualTo("0");
        }
    }

    @Test
    void movesHalfInitializedFolderAside() throws IOException, SQLException {
        Path data = folder.resolve("postgres");
        Files.createDirectories(data.resolve("base"));
        Files.writeString(data.resolve("PG_VERSION"), "17\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            assertThat(queryText(server, "SELECT 'up'")).isEqualTo("up");
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            List<String> names = siblings.map(path -> path.getFileName().toString()).toList();
            assertThat(names).anyMatch(name -> name.startsWith("postgres.incomplete-"));
        }
    }

    @Test
    void rejectsFolderInUseByRunningServer() {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(data))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("in use by another running server");
        }
    }

    private static Process startOrphanedServer(Path data) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                OrphanedServerMain.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static int readPort(Process process) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("port=")) {
                return Integer.parseInt(line.substring("port=".length()));
            }
        }
        throw new IllegalStateException("The server process exited without printing its port");
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryText(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        DatabaseUrl url = server.url("postgres");
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }
}
