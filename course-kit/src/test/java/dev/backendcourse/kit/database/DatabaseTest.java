package dev.backendcourse.kit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.InvalidConfigurationException;
import dev.backendcourse.kit.server.ServerConfig;
import dev.backendcourse.kit.testing.TestDatabases;

class DatabaseTest {

    @TempDir
    Path moduleFolder;

    @Test
    void appliesSchemaMigrations() throws SQLException {
        try (Database database = TestDatabases.create(Migrations.schema())) {
            assertThat(tableCount(database, "owners")).isEqualTo(1);
            assertThat(tableCount(database, "pets")).isEqualTo(1);
        }
    }

    @Test
    void givesEachTestItsOwnDatabase() throws SQLException {
        try (Database first = TestDatabases.create(Migrations.schema());
             Database second = TestDatabases.create(Migrations.schema())) {
            execute(first, "INSERT INTO owners (email) VALUES ('ada@example.edu')");

            assertThat(first.url().database()).isNotEqualTo(second.url().database());
            assertThat(count(second, "owners")).isZero();
        }
    }

    @Test
    void dropsTestDatabaseOnClose() throws SQLException {
        Database database = TestDatabases.create(Migrations.schema());
        String name = database.url().database();
        database.close();

        try (Database other = TestDatabases.create(Migrations.schema());
             Connection connection = other.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void closesWhenApplicationStops() {
        Database database = TestDatabases.create(Migrations.schema());
        CourseServer server = CourseServer.start(new ResourceConfig().register(new DatabaseFeature(database)),
                new ServerConfig(ServerConfig.DEFAULT_HOST, 0));

        server.close();

        assertThat(((HikariDataSource) database.dataSource()).isClosed()).isTrue();
    }

    @Test
    void startsEmbeddedServerInModuleDataFolder() throws SQLException {
        try (Database database = Database.fromEnvironment(Map.of(), moduleFolder, Migrations.schema())) {
            execute(database, "INSERT INTO owners (email) VALUES ('ada@example.edu')");
        }

        assertThat(Files.exists(moduleFolder.resolve(".data/postgres/PG_VERSION"))).isTrue();
        try (Database restarted = Database.fromEnvironment(Map.of(), moduleFolder, Migrations.schema())) {
            assertThat(count(restarted, "owners")).isEqualTo(1);
        }
    }

    @Test
    void rejectsUnreachableServerNamingVariable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> environment = Map.of("DATABASE_URL", "postgresql://ada:s3cret@127.0.0.1:" + closedPort + "/course");

        assertThatThrownBy(() -> Database.fromEnvironment(environment, moduleFolder, Migrations.schema()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("DATABASE_URL")
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining("s3cret");
        assertThat(Files.exists(moduleFolder.resolve(".data"))).as("no embedded server was started").isFalse();
    }

    @Test
    void rejectsMalformedUrlNamingVariable() {
        Map<String, String> environment = Map.of("DATABASE_URL", "mysql://localhost/course");

        assertThatThrownBy(() -> Database.fromEnvironment(environment, moduleFolder, Migrations.schema()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL=");
    }

    private static int tableCount(Database database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int count(Database database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
