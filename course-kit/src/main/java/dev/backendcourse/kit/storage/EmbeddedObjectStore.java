package dev.backendcourse.kit.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3-compatible server (S3Proxy) running inside this JVM, keeping each object as a file under a local folder,
 * so data survives restarts. It checks AWS Signature Version 4, so presigned URLs expire and cannot be altered,
 * as on a real store. Content types are kept in extended file attributes, which ext4, APFS and NTFS support.
 */
public final class EmbeddedObjectStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedObjectStore.class);

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final URI endpoint;

    private EmbeddedObjectStore(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
    }

    /** Starts a store on 127.0.0.1 on {@code port} (0 picks a free one) with its files under {@code directory}. */
    public static EmbeddedObjectStore start(Path directory, int port, String accessKey, String secretKey) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the object store folder " + directory, e);
        }

        Properties properties = new Properties();
        properties.setProperty(FilesystemConstants.PROPERTY_BASEDIR, directory.toAbsolutePath().toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .overrides(properties)
                .build(BlobStoreContext.class);

        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
            waitUntilStarted(proxy);
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("the embedded object store did not start: " + e.getMessage(), e);
        }

        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        log.info("Embedded object store is running on {} with its files in {}", endpoint, directory);
        return new EmbeddedObjectStore(proxy, context, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            log.warn("The embedded object store did not stop cleanly: {}", e.toString());
        } finally {
            context.close();
        }
    }

    /** Waits for Jetty inside S3Proxy, which starts on a background thread, for at most 10 seconds. */
    private static void waitUntilStarted(S3Proxy proxy) throws InterruptedException {
        for (int attempt = 0; attempt < 200 && !"STARTED".equals(proxy.getState()); attempt++) {
            Thread.sleep(50);
        }
        if (!"STARTED".equals(proxy.getState())) {
            throw new IllegalStateException("still " + proxy.getState() + " after 10 seconds");
        }
    }
}
