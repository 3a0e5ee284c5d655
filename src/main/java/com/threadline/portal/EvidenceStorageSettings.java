package com.threadline.portal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where evidence files live. {@code store}: {@code directory} (the default) or {@code s3}. {@code dir}: the directory;
 * {@code createDir}: whether a missing one may be made at start-up (in development; in production the directory is
 * a mounted volume, and a missing one means the volume is not where it should be). {@code s3}: the bucket.
 */
@ConfigurationProperties("threadline.evidence")
record EvidenceStorageSettings(@DefaultValue("directory") String store, @DefaultValue("./data/evidence") Path dir,
        @DefaultValue("true") boolean createDir, @DefaultValue Bucket s3) {

    /**
     * An S3-compatible bucket: {@code endpoint} of the store (MinIO: {@code http://minio:9000}; empty: Amazon S3 of
     * {@code region}); objects are addressed by path ({@code http://host/bucket/key}), which MinIO expects.
     */
    record Bucket(String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("threadline-evidence") String bucket,
            String accessKey, String secretKey) {

        boolean hasEndpoint() {
            return endpoint != null && !endpoint.isBlank();
        }

        boolean hasKeys() {
            return accessKey != null && !accessKey.isBlank();
        }
    }
}
