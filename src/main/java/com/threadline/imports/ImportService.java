package com.threadline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.imports.ImportViews.FieldView;
import com.threadline.imports.ImportViews.JobView;
import com.threadline.imports.ImportViews.ProblemView;
import com.threadline.web.ConflictException;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a file in (checked whole before anything changes: readable, within the limits, with a header row and data),
 * proposes the mapping of its columns, remembers the mapping the user confirms for the company, and shows each user
 * their own jobs.
 */
@Service
class ImportService {

    private static final TypeReference<List<String>> HEADERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };
    private static final TypeReference<List<ProblemCell>> PROBLEMS = new TypeReference<>() {
    };
    static final int PROBLEMS_SHOWN = 200;

    /** A problem of a failed row as stored: its column as the file named it, and why. */
    record ProblemCell(String column, String reason) {
    }

    private final ImportKinds kinds;
    private final ImportJobRepository jobs;
    private final ImportFailureRepository failures;
    private final ImportMappingRepository mappings;
    private final ImportLimits limits;
    /** The import tables' own JSON (cells as the file had them): not the API's strict mapper, which refuses some text. */
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    ImportService(ImportKinds kinds, ImportJobRepository jobs, ImportFailureRepository failures,
            ImportMappingRepository mappings, ImportLimits limits, Clock clock) {
        this.kinds = kinds;
        this.jobs = jobs;
        this.failures = failures;
        this.mappings = mappings;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Stores the file and reads it through once (outside a transaction: reading a long file holds no connection); a
     * file that cannot be imported is refused and nothing kept.
     */
    public JobView upload(String kindCode, MultipartFile file, String login) {
        ImportKind kind = kinds.require(kindCode);
        String name = file.getOriginalFilename() == null ? "" : Path.of(file.getOriginalFilename()).getFileName()
                .toString();
        if (!TableFile.isSpreadsheet(name) && !TableFile.isCsv(name)) {
            throw InvalidRequestException.of("file", "只能导入 .xlsx 或 .csv 文件 / only .xlsx and .csv files");
        }
        if (file.isEmpty()) {
            throw InvalidRequestException.of("file", "文件是空的 / the file is empty");
        }
        if (file.getSize() > limits.maxBytes()) {
            throw InvalidRequestException.of("file", "文件太大：" + megabytes(file.getSize()) + " MB，上限 "
                    + megabytes(limits.maxBytes()) + " MB / the file is larger than the limit");
        }
        Path stored = store(file, name);
        try {
            Scan scan = scan(stored, name);
            ImportJob job = jobs.save(new ImportJob(kind.code(), name, stored.toString(), write(scan.headers()),
                    scan.rows(), login, clock.instant()));
            return view(job, kind);
        } catch (RuntimeException refused) {
            delete(stored);
            throw refused;
        }
    }

    /** Checks the mapping, remembers it for the company and marks the job running; the runner takes it from there. */
    @Transactional
    public JobView start(long jobId, String login, ImportMode mode, Map<String, String> requested) {
        ImportJob job = own(jobId, login);
        if (job.getStatus() != ImportStatus.UPLOADED) {
            throw new ConflictException("此文件已开始导入 / this import has already started");
        }
        if (mode == null) {
            throw InvalidRequestException.of("mode", "请选择导入方式 / choose a mode");
        }
        ImportKind kind = kinds.require(job.getKind());
        List<String> headers = read(job.getHeaders(), HEADERS);
        Map<String, String> mapping = new LinkedHashMap<>();
        requested.forEach((header, field) -> {
            if (field != null && !field.isBlank()) {
                mapping.put(header, field);
            }
        });
        List<FieldProblem> problems = new ArrayList<>();
        mapping.keySet().stream().filter(header -> !headers.contains(header)).forEach(header ->
                problems.add(new FieldProblem("mapping", "文件里没有“" + header + "”列 / no such column")));
        new ColumnLayout(headers, mapping).problems(kind).forEach(problem ->
                problems.add(new FieldProblem("mapping", problem.reason() + "（" + problem.field() + "）")));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        remember(kind, headers, mapping, login);
        job.start(mode, write(mapping), clock.instant());
        return view(job, kind);
    }

    @Transactional(readOnly = true)
    public JobView job(long jobId, String login) {
        ImportJob job = own(jobId, login);
        return view(job, kinds.require(job.getKind()));
    }

    @Transactional(readOnly = true)
    public List<JobView> history(String login) {
        return jobs.findTop50ByCreatedByOrderByCreatedAtDescIdDesc(login).stream()
                .map(job -> summary(job, kinds.require(job.getKind()))).toList();
    }

    /** The job's headers and its failed rows' cells and problems, in line order, for the failed-rows file. */
    @Transactional(readOnly = true)
    public void failedRows(long jobId, String login, FailedRowsWorkbook.Sink sink) {
        ImportJob job = own(jobId, login);
        sink.headers(read(job.getHeaders(), HEADERS));
        try (var rows = failures.streamByJobIdOrderByLineNo(job.getId())) {
            rows.forEach(failure -> sink.row(read(failure.getCells(), HEADERS), read(failure.getProblems(), PROBLEMS)
                    .stream().map(problem -> problem.column().isEmpty() ? problem.reason()
                            : problem.column() + "：" + problem.reason()).toList()));
        }
    }

    String fileNameOf(long jobId, String login) {
        return own(jobId, login).getFileName();
    }

    List<FieldView> fields(String kindCode) {
        return kinds.require(kindCode).columns().stream().map(FieldView::of).toList();
    }

    private ImportJob own(long jobId, String login) {
        return jobs.findById(jobId).filter(job -> job.getCreatedBy().equals(login))
                .orElseThrow(() -> new NotFoundException("没有这个导入 / no import " + jobId));
    }

    private void remember(ImportKind kind, List<String> headers, Map<String, String> mapping, String login) {
        Map<String, String> byTemplate = ColumnLayout.suggest(kind, headers, Map.of());
        mapping.forEach((header, field) -> {
            if (!field.equals(byTemplate.get(header)) && header.length() <= 255) {
                mappings.findByKindAndSourceHeader(kind.code(), header).ifPresentOrElse(
                        known -> known.mapTo(field, login, clock.instant()),
                        () -> mappings.save(new ImportMapping(kind.code(), header, field, login, clock.instant())));
            }
        });
    }

    private JobView view(ImportJob job, ImportKind kind) {
        List<String> headers = read(job.getHeaders(), HEADERS);
        Map<String, String> mapping = job.getMapping() != null ? read(job.getMapping(), MAPPING)
                : ColumnLayout.suggest(kind, headers, remembered(kind));
        ColumnLayout layout = new ColumnLayout(headers, mapping);
        List<ProblemView> problems = new ArrayList<>();
        for (ImportFailure failure : failures.findByJobIdOrderByLineNo(job.getId(), PageRequest.of(0, PROBLEMS_SHOWN))) {
            read(failure.getProblems(), PROBLEMS).forEach(problem ->
                    problems.add(new ProblemView(failure.getLineNo(), problem.column(), problem.reason())));
        }
        return build(job, kind, headers, layout.fieldByHeader(), problems);
    }

    private JobView summary(ImportJob job, ImportKind kind) {
        return build(job, kind, List.of(), Map.of(), List.of());
    }

    private JobView build(ImportJob job, ImportKind kind, List<String> headers, Map<String, String> mapping,
            List<ProblemView> problems) {
        ImportCounts counts = job.counts();
        return new JobView(job.getId(), kind.code(), kind.title(), job.getFileName(),
                job.getMode() == null ? null : job.getMode().name(),
                job.getMode() == null ? null : job.getMode().label(), job.getStatus().name(),
                job.getStatus().label(), job.getStatus().finished(), job.getTotalRows(), job.getProcessedRows(),
                counts.inserted(), counts.updated(), counts.unchanged(), counts.failed(), job.getMessage(),
                job.getCreatedAt(), job.getFinishedAt(), headers, mapping,
                kind.columns().stream().map(FieldView::of).toList(), problems);
    }

    private Map<String, String> remembered(ImportKind kind) {
        Map<String, String> remembered = new LinkedHashMap<>();
        mappings.findByKind(kind.code()).forEach(mapping -> remembered.put(mapping.getSourceHeader(), mapping.getField()));
        return remembered;
    }

    private record Scan(List<String> headers, int rows) {
    }

    /** The header row and the number of data rows; refused when unreadable, headless, empty or too long. */
    private Scan scan(Path stored, String name) {
        List<String> headers = new ArrayList<>();
        int[] rows = {0};
        try {
            TableFile.read(stored, name, (line, cells) -> {
                if (headers.isEmpty()) {
                    cells.forEach(cell -> headers.add(cell.strip()));
                } else if (++rows[0] > limits.maxRows()) {
                    throw new TableFile.StopReading("too many rows");
                }
            });
        } catch (TableFile.StopReading tooLong) {
            throw InvalidRequestException.of("file", "行数超过上限 " + limits.maxRows() + " 行，请分成几个文件 / more than "
                    + limits.maxRows() + " rows");
        } catch (TableFile.UnreadableFile unreadable) {
            throw InvalidRequestException.of("file", unreadable.getMessage());
        }
        if (headers.stream().allMatch(String::isEmpty)) {
            throw InvalidRequestException.of("file", "文件是空的：第一行须为列名 / the first row must hold the column names");
        }
        if (rows[0] == 0) {
            throw InvalidRequestException.of("file", "文件只有列名，没有数据行 / the file has no data rows");
        }
        return new Scan(headers, rows[0]);
    }

    private Path store(MultipartFile file, String name) {
        try {
            Path directory = Path.of(limits.directory());
            Files.createDirectories(directory);
            Path stored = Files.createTempFile(directory, "import-",
                    name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT));
            file.transferTo(stored);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        }
    }

    static void delete(Path stored) {
        try {
            Files.deleteIfExists(stored);
        } catch (IOException ignored) {
            // a leftover in the temporary directory costs nothing but space
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
