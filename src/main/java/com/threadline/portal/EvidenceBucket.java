package com.threadline.portal;

import jakarta.annotation.PreDestroy;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Evidence in an S3-compatible bucket ({@code threadline.evidence.store=s3}), for a deployment that keeps files in
 * MinIO or another object store rather than on a volume. The bucket is checked at start-up, like the directory.
 */
@Component
@ConditionalOnProperty(name = "threadline.evidence.store", havingValue = "s3")
class EvidenceBucket implements EvidenceFiles {

    private final S3Client s3;
    private final String bucket;

    EvidenceBucket(EvidenceStorageSettings settings) {
        EvidenceStorageSettings.Bucket config = settings.s3();
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region()))
                .forcePathStyle(true)
                // S3-compatible stores do not all take the SDK's default chunked uploads with trailing checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (config.hasEndpoint()) {
            builder.endpointOverride(URI.create(config.endpoint()));
        }
        builder.credentialsProvider(!config.hasKeys() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
        this.s3 = builder.build();
        this.bucket = config.bucket();
        checkUsable(config);
    }

    private void checkUsable(EvidenceStorageSettings.Bucket config) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw new IllegalStateException("The evidence bucket " + bucket + " at "
                    + (!config.hasEndpoint() ? "Amazon S3 " + config.region() : config.endpoint())
                    + " cannot be reached or does not exist (" + e.getMessage() + "). Create it, or check "
                    + "threadline.evidence.s3 (THREADLINE_EVIDENCE_S3_*).", e);
        }
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    /**
     * Spooled to a temporary file first: S3 wants the length before the content, and an upload (a video of 50 MB)
     * is not held in memory.
     */
    @Override
    public String store(InputStream content) {
        String name = UUID.randomUUID().toString();
        Path spool = null;
        try (content) {
            spool = Files.createTempFile("evidence-", ".upload");
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            s3.putObject(request -> request.bucket(bucket).key(name), RequestBody.fromFile(spool));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteSpool(spool);
        }
    }

    private static void deleteSpool(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException ignored) {
            // the temporary directory is cleaned by the system
        }
    }

    @Override
    public Resource read(String name) {
        return new BucketObject(name);
    }

    @Override
    public void deleteQuietly(String name) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(name));
        } catch (SdkException ignored) {
            // an orphan object in the bucket harms nobody
        }
    }

    /** One object, fetched when it is served. */
    private final class BucketObject extends AbstractResource {

        private final String key;

        private BucketObject(String key) {
            this.key = key;
        }

        @Override
        public long contentLength() {
            return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return s3.getObject(request -> request.bucket(bucket).key(key));
            } catch (NoSuchKeyException e) {
                throw new FileNotFoundException("No evidence object " + key + " in bucket " + bucket);
            }
        }

        @Override
        public String getDescription() {
            return "evidence object " + key + " in bucket " + bucket;
        }
    }
}
