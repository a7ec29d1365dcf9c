package dev.backendcourse.kit.database;

import javax.sql.DataSource;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.spi.AbstractContainerLifecycleListener;
import org.glassfish.jersey.server.spi.Container;

/**
 * Ties a {@link Database} to a Jersey application: a resource receives the pool through an {@code @Inject}
 * constructor parameter of type {@link DataSource} (or {@link Database}), SQL errors become the course's JSON error
 * responses, and the pool and the embedded server stop when the application stops.
 */
public class DatabaseFeature implements Feature {

    private final Database database;

    public DatabaseFeature(Database database) {
        this.database = database;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(database).to(Database.class);
                bind(database.dataSource()).to(DataSource.class);
            }
        });
        context.register(DatabaseExceptionMapper.class);
        context.register(new CloseOnShutdown(database));
        return true;
    }

    /** Closes the database when Jersey stops, after the HTTP server has finished the requests in progress. */
    private static final class CloseOnShutdown extends AbstractContainerLifecycleListener {

        private final Database database;

        CloseOnShutdown(Database database) {
            this.database = database;
        }

        @Override
        public void onShutdown(Container container) {
            database.close();
        }
    }
}
