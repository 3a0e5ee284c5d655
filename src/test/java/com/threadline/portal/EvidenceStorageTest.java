package com.threadline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where evidence lives: a directory that is checked when the app starts, or an S3-compatible bucket, here a local
 * stand-in answering over real HTTP as MinIO would (no MinIO server can be installed on the build machines).
 */
class EvidenceStorageTest {

    @RegisterExtension
    static WireMockExtension s3 = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;

    private static EvidenceStorageSettings directory(Path dir, boolean createDir) {
        return new EvidenceStorageSettings("directory", dir, createDir, bucket("threadline-evidence"));
    }

    private static EvidenceStorageSettings.Bucket bucket(String name) {
        return new EvidenceStorageSettings.Bucket(s3.baseUrl(), "us-east-1", name, "minio", "minio-secret");
    }

    @Test
    void aMissingDirectoryStopsTheStartWhenItMayNotBeMade() {
        Path missing = temp.resolve("evidence");

        assertThatThrownBy(() -> new EvidenceDirectory(directory(missing, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("THREADLINE_EVIDENCE_DIR");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsMadeWhenAllowed() {
        Path missing = temp.resolve("data/evidence");

        new EvidenceDirectory(directory(missing, true));

        assertThat(missing).isDirectory().isEmptyDirectory();
    }

    @Test
    void aFileWhereTheDirectoryShouldBeStopsTheStart() throws IOException {
        Path file = Files.writeString(temp.resolve("evidence"), "not a directory");

        assertThatThrownBy(() -> new EvidenceDirectory(directory(file, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a directory");
    }

    /** /proc refuses new files even to root, for whom a read-only mode bit would not. */
    @Test
    void anUnwritableDirectoryStopsTheStart() {
        assertThatThrownBy(() -> new EvidenceDirectory(directory(Path.of("/proc"), false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/proc is not writable");
    }

    @Test
    void aStoredFileIsReadBackUnderItsNewNameAndDeletedQuietly() throws IOException {
        EvidenceDirectory files = new EvidenceDirectory(directory(temp, false));

        String name = files.store(new ByteArrayInputStream("现场照片".getBytes(StandardCharsets.UTF_8)));

        assertThat(name).matches("[0-9a-f-]{36}");
        try (InputStream in = files.read(name).getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("现场照片");
        }
        files.deleteQuietly(name);
        files.deleteQuietly(name);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aBucketThatDoesNotAnswerStopsTheStart() {
        s3.stubFor(head(urlPathMatching("/missing-bucket/?")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> new EvidenceBucket(
                new EvidenceStorageSettings("s3", temp, false, bucket("missing-bucket"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The evidence bucket missing-bucket at " + s3.baseUrl())
                .hasMessageContaining("THREADLINE_EVIDENCE_S3_");
    }

    @Test
    void aFileGoesIntoTheBucketByPathSignedWithTheKeysAndComesBack() throws IOException {
        byte[] photo = "a photo of the cutting table".getBytes(StandardCharsets.UTF_8);
        s3.stubFor(head(urlPathMatching("/threadline-evidence/?")).willReturn(aResponse().withStatus(200)));
        s3.stubFor(put(urlPathMatching("/threadline-evidence/[0-9a-f-]{36}"))
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"1\"")));
        EvidenceBucket files = new EvidenceBucket(
                new EvidenceStorageSettings("s3", temp, false, bucket("threadline-evidence")));

        String name = files.store(new ByteArrayInputStream(photo));

        List<LoggedRequest> puts = s3.findAll(putRequestedFor(urlPathMatching("/threadline-evidence/" + name)));
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0).getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=minio/");
        assertThat(puts.get(0).getHeader("x-amz-decoded-content-length")).isEqualTo(String.valueOf(photo.length));
        assertThat(awsChunked(puts.get(0).getBody())).isEqualTo(photo);
        s3.verify(putRequestedFor(urlPathMatching("/threadline-evidence/" + name))
                .withHeader("Authorization", containing("SignedHeaders="))
                .withHeader("Host", matching("localhost:\\d+|127\\.0\\.0\\.1:\\d+")));

        s3.stubFor(get(urlPathMatching("/threadline-evidence/" + name)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", String.valueOf(photo.length)).withBody(photo)));
        s3.stubFor(head(urlPathMatching("/threadline-evidence/" + name)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", String.valueOf(photo.length))));
        assertThat(files.read(name).contentLength()).isEqualTo(photo.length);
        try (InputStream in = files.read(name).getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    /** The content of a body sent in signed chunks over plain HTTP: "size;chunk-signature=...\r\n data \r\n", to size 0. */
    private static byte[] awsChunked(byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrLf(body, at);
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            assertThat(header).contains(";chunk-signature=");
            int size = Integer.parseInt(header.substring(0, header.indexOf(';')), 16);
            if (size == 0) {
                return content.toByteArray();
            }
            content.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOfCrLf(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no line end after byte " + from);
    }
}
