package dev.backendcourse.week4;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.spi.AbstractContainerLifecycleListener;
import org.glassfish.jersey.server.spi.Container;
import org.hibernate.SessionFactory;

/**
 * Ties a {@link SessionFactory} to the Jersey application: a resource receives it through an {@code @Inject}
 * constructor parameter, Hibernate's exceptions become the course's JSON error responses, and the factory closes
 * when the application stops.
 */
public class HibernateFeature implements Feature {

    private final SessionFactory sessionFactory;

    public HibernateFeature(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(sessionFactory).to(SessionFactory.class);
            }
        });
        context.register(PersistenceExceptionMapper.class);
        context.register(InvalidReferenceException.Mapper.class);
        context.register(new CloseOnShutdown(sessionFactory));
        return true;
    }

    private static final class CloseOnShutdown extends AbstractContainerLifecycleListener {

        private final SessionFactory sessionFactory;

        CloseOnShutdown(SessionFactory sessionFactory) {
            this.sessionFactory = sessionFactory;
        }

        @Override
        public void onShutdown(Container container) {
            sessionFactory.close();
        }
    }
}
