package dev.backendcourse.week3;

import org.glassfish.jersey.server.ResourceConfig;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.DatabaseFeature;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.week3.orders.OrdersResource;
import dev.backendcourse.week3.resources.ResourcesResource;
import dev.backendcourse.week3.users.UsersResource;

/** Week 3: the API keeps its data in PostgreSQL, through plain SQL over JDBC. */
public final class SqlApi {

    private SqlApi() {
    }

    /** Lists everything the application serves; {@code main} and the tests both start exactly this. */
    public static ResourceConfig resourceConfig(Database database) {
        return new ResourceConfig()
                .setApplicationName("Week 3: PostgreSQL with plain SQL")
                .register(CourseFeature.class)
                .register(new DatabaseFeature(database))
                .register(ResourcesResource.class)
                .register(UsersResource.class)
                .register(OrdersResource.class);
    }

    /** Starts the server on the database that {@code DATABASE_URL} names, or on the embedded one in {@code .data/}. */
    public static void main(String[] args) {
        CourseServer.run(() -> resourceConfig(Database.fromEnvironment(SqlApi.class)));
    }
}
