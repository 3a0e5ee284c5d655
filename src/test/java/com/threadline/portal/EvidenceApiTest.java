package com.threadline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/evidence and GET /api/evidence/{id}[/thumbnail]: photos, videos and QC reports from the phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    TestData data;

    private PortalApi api;
    private String orderNo;

    @BeforeEach
    void openOrder() {
        api = new PortalApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
    }

    @Test
    void aPhotoIsStoredWithAThumbnailAndServedWithItsTypeAndNosniff() throws IOException {
        byte[] png = SampleFiles.png();

        ResponseEntity<JsonNode> created = api.upload(png, "../../etc/现场.png", "image/png",
                fields("OUTPUT", "2026-11-20/SEWING"), null);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode evidence = created.getBody();
        assertThat(evidence.path("mediaType").asText()).isEqualTo("image/png");
        assertThat(evidence.path("originalName").asText()).isEqualTo("现场.png");
        assertThat(evidence.path("reference").asText()).isEqualTo("2026-11-20/SEWING");
        assertThat(evidence.path("sizeBytes").asLong()).isEqualTo(png.length);

        ResponseEntity<byte[]> file = api.bytes(evidence.path("url").asText());
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getBody()).isEqualTo(png);

        ResponseEntity<byte[]> thumbnail = api.bytes(evidence.path("thumbnailUrl").asText());
        assertThat(thumbnail.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(thumbnail.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getBody()));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);

        assertThat(api.get("/api/evidence?orderNo=" + orderNo).getBody().findValuesAsText("id"))
                .containsExactly(evidence.path("id").asText());
    }

    @Test
    void aVideoAndAQcReportAreStoredWithoutThumbnail() {
        JsonNode video = api.upload(SampleFiles.mp4(), "clip.mp4", "video/mp4", fields("MILESTONE", "CUT_DONE"), null)
                .getBody();
        JsonNode qc = api.upload(SampleFiles.pdf(), "qc.pdf", "application/pdf", fields("QC_REPORT", "1"), null)
                .getBody();

        assertThat(video.path("mediaType").asText()).isEqualTo("video/mp4");
        assertThat(video.has("thumbnailUrl")).isFalse();
        assertThat(qc.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(api.bytes(qc.path("url").asText()).getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(api.bytes(qc.path("url").asText() + "/thumbnail").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void contentThatIsNoPhotoIsRefusedWhateverItsDeclaredType() {
        assertRefused(api.upload("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "x.png", "image/png",
                fields("OUTPUT", null), null), "file", "is not a JPEG, PNG or WebP photo");
    }

    @Test
    void aDeclaredTypeThatDiffersFromTheContentIsRefused() {
        assertRefused(api.upload(SampleFiles.png(), "x.jpg", "image/jpeg", fields("OUTPUT", null), null),
                "file", "is declared as image/jpeg but its content is image/png");
    }

    @Test
    void aPdfIsAcceptedOnlyAsAQcReport() {
        assertRefused(api.upload(SampleFiles.pdf(), "x.pdf", "application/pdf", fields("OUTPUT", null), null),
                "file", "a PDF is accepted only as a QC report");
    }

    @Test
    void aPhotoOverTenMegabytesIsRefused() {
        assertRefused(api.upload(SampleFiles.pngHeadOfSize(10 * 1024 * 1024 + 1), "big.png", "image/png",
                fields("OUTPUT", null), null), "file", "may be at most 10.0 MB");
    }

    @Test
    void anUnknownOrderAndAMissingUploaderAreRefusedTogether() {
        ResponseEntity<JsonNode> response = api.upload(SampleFiles.png(), "x.png", "image/png",
                Map.of("orderNo", "NO-SUCH-ORDER", "purpose", "OUTPUT"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("orderNo", "uploadedBy");
    }

    private void assertRefused(ResponseEntity<JsonNode> response, String field, String reason) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = response.getBody().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("reason").asText()).contains(reason);
        assertThat(api.get("/api/evidence?orderNo=" + orderNo).getBody()).isEmpty();
    }

    private Map<String, String> fields(String purpose, String reference) {
        return reference == null
                ? Map.of("orderNo", orderNo, "purpose", purpose, "uploadedBy", "张厂长")
                : Map.of("orderNo", orderNo, "purpose", purpose, "reference", reference, "uploadedBy", "张厂长");
    }
}
