package dev.backendcourse.week2;

import org.glassfish.jersey.server.ResourceConfig;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.week2.items.ItemResource;

/** Week 2: the three ways data enters an API (path, query, body) and how it is validated at the door. */
public final class ValidationApi {

    private ValidationApi() {
    }

    /** Lists everything the application serves; {@code main} and the tests both start exactly this. */
    public static ResourceConfig resourceConfig() {
        return new ResourceConfig()
                .setApplicationName("Week 2: Validation")
                .register(CourseFeature.class)
                .register(RootResource.class)
                .register(ItemResource.class);
    }

    public static void main(String[] args) {
        CourseServer.run(ValidationApi::resourceConfig);
    }
}
