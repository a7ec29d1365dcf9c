package dev.backendcourse.week5;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.AbstractContainerLifecycleListener;
import org.glassfish.jersey.server.spi.Container;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.database.DatabaseExceptionMapper;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.week5.accounts.AccountRepository;
import dev.backendcourse.week5.accounts.AccountResource;
import dev.backendcourse.week5.accounts.Authenticator;
import dev.backendcourse.week5.videos.VideoCache;
import dev.backendcourse.week5.videos.VideoCatalog;
import dev.backendcourse.week5.videos.VideoRepository;
import dev.backendcourse.week5.videos.VideoResource;

/** Week 5: the video service of the system-design lecture, with its bytes in an object store and a shared cache. */
public final class VideoApi {

    private VideoApi() {
    }

    /** Opens the services the environment names and serves them; they close when the application stops. */
    public static ResourceConfig resourceConfig() {
        VideoServices services = VideoServices.fromEnvironment();
        return resourceConfig(services).register(new CloseOnShutdown(services));
    }

    /** Lists everything the application serves on top of {@code services}; {@code main} and the tests use this. */
    public static ResourceConfig resourceConfig(VideoServices services) {
        AccountRepository accounts = new AccountRepository(services.primary());
        VideoCache cache = new VideoCache(services.redis(), services.config().cacheTimeToLive());
        VideoCatalog catalog = new VideoCatalog(new VideoRepository(services.primary(), services.reads()), cache);

        return new ResourceConfig()
                .setApplicationName("Week 5: Video service")
                .register(CourseFeature.class)
                .register(DatabaseExceptionMapper.class)
                .register(new AccountResource(accounts))
                .register(new VideoResource(catalog, services.storage(), new Authenticator(accounts)))
                .register(new ServedByFilter(services.config().instanceName()));
    }

    public static void main(String[] args) {
        CourseServer.run(VideoApi::resourceConfig);
    }

    /** Closes the pools, the Redis connection and the embedded servers after the HTTP server has stopped. */
    private static final class CloseOnShutdown extends AbstractContainerLifecycleListener {

        private final VideoServices services;

        CloseOnShutdown(VideoServices services) {
            this.services = services;
        }

        @Override
        public void onShutdown(Container container) {
            services.close();
        }
    }
}
