package dev.backendcourse.kit.docs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves Swagger UI at {@code /docs}, like FastAPI's page of the same name. Its scripts and styles come from the
 * swagger-ui WebJar on the classpath, so the page works without a network connection.
 */
@Path("/docs")
@Hidden
public class SwaggerUiResource {

    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String ASSET_FOLDER = "META-INF/resources/webjars/swagger-ui/" + webJarVersion() + "/";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>API docs</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script>
                window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
              </script>
            </body>
            </html>
            """;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    /** Serves one file of the WebJar; the pattern admits plain file names only, so no path can leave the folder. */
    @GET
    @Path("{asset: [A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9]+)+}")
    public Response asset(@PathParam("asset") String asset) {
        InputStream content = SwaggerUiResource.class.getClassLoader().getResourceAsStream(ASSET_FOLDER + asset);
        if (content == null) {
            throw new NotFoundException("No file " + asset + " in the API docs");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, mediaTypeOf(asset)).cacheControl(cache).build();
    }

    private static String mediaTypeOf(String asset) {
        if (asset.endsWith(".js")) {
            return "text/javascript";
        }
        if (asset.endsWith(".css")) {
            return "text/css";
        }
        if (asset.endsWith(".png")) {
            return "image/png";
        }
        if (asset.endsWith(".html")) {
            return MediaType.TEXT_HTML;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    private static String webJarVersion() {
        try (InputStream input = SwaggerUiResource.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (input == null) {
                throw new IllegalStateException("The swagger-ui WebJar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(input);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + WEBJAR_PROPERTIES, e);
        }
    }
}
