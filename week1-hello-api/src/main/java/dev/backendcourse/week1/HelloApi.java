package dev.backendcourse.week1;

import org.glassfish.jersey.server.ResourceConfig;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.server.CourseServer;

/** Week 1: the smallest useful API, two routes that return JSON. */
public final class HelloApi {

    private HelloApi() {
    }

    /** Lists everything the application serves; {@code main} and the tests both start exactly this. */
    public static ResourceConfig resourceConfig() {
        return new ResourceConfig()
                .setApplicationName("Week 1: Hello API")
                .register(CourseFeature.class)
                .register(RootResource.class)
                .register(ItemResource.class);
    }

    public static void main(String[] args) {
        CourseServer.run(HelloApi::resourceConfig);
    }
}
