import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The import benchmark's client: writes an .xlsx of N orders (the template's headers) of which a share is bad (half
 * a quantity that is no number, refused by the row's validation; half an unknown factory, refused by the order
 * service, which costs the batch a second pass), uploads it through the import API, starts it with the proposed
 * mapping and follows the job until it ends. Prints the seconds of upload and run and the job's counts.
 *
 *   java -cp CLASSPATH ImportBench.java BASE_URL ROWS BAD_PERCENT FACTORY OUT.xlsx
 */
public class ImportBench {

    static final List<String> HEADERS = List.of("订单号 Order No", "客户 Customer", "款式 Style", "品类 Product Type",
            "数量 Quantity", "交期 Due Date", "工厂代码 Factory Code", "跟单员 Merchandiser", "业务负责人 Business Owner");
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        double badPercent = Double.parseDouble(args[2]);
        String factory = args[3];
        Path file = Path.of(args[4]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (System.getenv().getOrDefault("THREADLINE_USER", "admin") + ":"
                        + System.getenv().getOrDefault("THREADLINE_PASSWORD", "admin")).getBytes(StandardCharsets.UTF_8));
        int bad = write(file, rows, badPercent, factory);
        System.out.printf("file: %s, %d rows, %d bad, %.1f MB%n", file, rows, bad, Files.size(file) / 1048576.0);

        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/kinds/orders/files"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (uploaded.statusCode() != 201) {
            throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
        }
        JsonNode job = JSON.readTree(uploaded.body());
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        long id = job.path("id").asLong();
        String start = JSON.writeValueAsString(java.util.Map.of("mode", "UPSERT", "mapping", job.path("mapping")));
        long t1 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/jobs/" + id + "/start"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(start)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("start: " + started.statusCode() + " " + started.body());
        }
        while (true) {
            job = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/jobs/" + id))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            if (job.path("finished").asBoolean()) {
                break;
            }
            Thread.sleep(250);
        }
        double runSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("upload (store + read through): %.1f s%n", uploadSeconds);
        System.out.printf("run (start to finished): %.1f s, %.0f rows/s%n", runSeconds, rows / runSeconds);
        System.out.printf("total: %.1f s%n", uploadSeconds + runSeconds);
        System.out.printf("status %s: inserted %d, updated %d, unchanged %d, failed %d%n", job.path("status").asText(),
                job.path("inserted").asInt(), job.path("updated").asInt(), job.path("unchanged").asInt(),
                job.path("failed").asInt());
        if (job.path("failed").asInt() != bad || job.path("inserted").asInt() != rows - bad) {
            throw new IllegalStateException("unexpected counts: " + job);
        }
    }

    /** Writes the file streamed; answers how many rows are bad. */
    static int write(Path file, int rows, double badPercent, String factory) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int every = (int) Math.round(100 / badPercent);
        int bad = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("订单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                boolean isBad = r % every == 0;
                bad += isBad ? 1 : 0;
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.format("B14-%s-%05d", run, r));
                row.createCell(1).setCellValue("Bench Customer " + (r % 50));
                row.createCell(2).setCellValue("W-JK-" + r + " 女式夹克");
                row.createCell(3).setCellValue("WOVEN");
                if (isBad && (r / every) % 2 == 0) {
                    row.createCell(4).setCellValue("一千");
                } else {
                    row.createCell(4).setCellValue(100 + r % 900);
                }
                row.createCell(5).setCellValue(LocalDate.now().plusDays(90 + r % 60).toString());
                row.createCell(6).setCellValue(isBad && (r / every) % 2 == 1 ? "F-NOPE" : factory);
                row.createCell(7).setCellValue("merch");
                row.createCell(8).setCellValue("owner");
            }
            workbook.write(out);
        }
        return bad;
    }
}
