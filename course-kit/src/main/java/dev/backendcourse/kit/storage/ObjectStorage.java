package dev.backendcourse.kit.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.server.InvalidConfigurationException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * One bucket of an S3-compatible store, through the AWS SDK v2: presigned upload and download URLs for clients,
 * and the few calls the backend makes itself (inspect and delete objects). The backend never handles object bytes.
 */
public final class ObjectStorage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

    private final S3Client client;
    private final S3Presigner presigner;
    private final String bucket;
    private final AutoCloseable embeddedStore;

    private ObjectStorage(S3Client client, S3Presigner presigner, String bucket, AutoCloseable embeddedStore) {
        this.client = client;
        this.presigner = presigner;
        this.bucket = bucket;
        this.embeddedStore = embeddedStore;
    }

    /**
     * Connects to the configured store, or starts the embedded one with its files under {@code embeddedDirectory},
     * and creates the bucket if it does not exist yet.
     *
     * @throws InvalidConfigurationException if the store cannot be reached or rejects the credentials
     */
    public static ObjectStorage open(ObjectStorageConfig config, Path embeddedDirectory) {
        if (!config.isEmbedded()) {
            return connect(config, null);
        }
        EmbeddedObjectStore store = EmbeddedObjectStore.start(embeddedDirectory, 0, config.accessKey(), config.secretKey());
        try {
            return connect(config.withEndpoint(store.endpoint()), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static ObjectStorage connect(ObjectStorageConfig config, AutoCloseable embeddedStore) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
        // Path-style URLs (http://host/bucket/key) work with any store and need no per-bucket DNS names.
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
        Region region = Region.of(config.region());

        S3Client client = S3Client.builder()
                .endpointOverride(config.endpoint())
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(pathStyle)
                .httpClientBuilder(Apache5HttpClient.builder())
                // Checksums only where S3 requires them: MinIO and S3Proxy do not all accept the SDK's newer ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        S3Presigner presigner = S3Presigner.builder()
                .endpointOverride(config.publicEndpoint())
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(pathStyle)
                .build();

        ObjectStorage storage = new ObjectStorage(client, presigner, config.bucket(), embeddedStore);
        try {
            storage.createBucketIfMissing();
        } catch (SdkException e) {
            storage.close();
            throw new InvalidConfigurationException("the object store at S3_ENDPOINT=" + config.endpoint()
                    + " did not respond for bucket '" + config.bucket() + "': " + e.getMessage()
                    + ". Check S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY, or unset S3_ENDPOINT to use the embedded store.", e);
        }
        return storage;
    }

    public String bucket() {
        return bucket;
    }

    /**
     * Presigns a {@code PUT} of {@code key}. The content type, and the length when given, are part of the signature,
     * so the store rejects an upload that sends other values.
     */
    public PresignedRequest presignUpload(String key, String contentType, Long contentLength, Duration validFor) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(validFor)
                .putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType).contentLength(contentLength)));
        return new PresignedRequest("PUT", presigned.url().toString(),
                headersToSend(presigned.signedHeaders()), presigned.expiration());
    }

    /** Presigns a {@code GET} of {@code key}, valid for {@code validFor}. */
    public PresignedRequest presignDownload(String key, Duration validFor) {
        PresignedGetObjectRequest presigned = presigner.presignGetObject(request -> request
                .signatureDuration(validFor)
                .getObjectRequest(get -> get.bucket(bucket).key(key)));
        return new PresignedRequest("GET", presigned.url().toString(),
                headersToSend(presigned.signedHeaders()), presigned.expiration());
    }

    /** Returns the object's size and content type, or empty when no object has that key. */
    public Optional<StoredObject> find(String key) {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new StoredObject(key, head.contentLength(), head.contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Deletes the object if it exists; deleting a missing key is not an error in S3. */
    public void delete(String key) {
        client.deleteObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
        if (embeddedStore != null) {
            try {
                embeddedStore.close();
            } catch (Exception e) {
                log.warn("The embedded object store did not stop cleanly: {}", e.toString());
            }
        }
    }

    private void createBucketIfMissing() {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException e) {
            client.createBucket(request -> request.bucket(bucket));
            log.info("Created bucket '{}'", bucket);
        }
    }

    /** The signed headers a client must send itself; {@code host} is left out because every HTTP client sets it. */
    private static Map<String, String> headersToSend(Map<String, List<String>> signedHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        signedHeaders.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return headers;
    }
}
