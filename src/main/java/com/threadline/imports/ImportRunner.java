package com.threadline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.imports.ImportEngine.Applied;
import com.threadline.imports.ImportService.ProblemCell;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs started jobs in the background, one at a time: reads the stored file again, row by row, and applies its
 * records batch by batch; after each batch the job's counters and failed rows are committed with the batch, so the
 * page's progress bar reads what is really in. The changes are made in the name of the user who started the job.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final TypeReference<List<String>> HEADERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-runner");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportJobRepository jobs;
    private final ImportFailureRepository failures;
    private final ImportKinds kinds;
    private final ImportEngine engine;
    private final TransactionTemplate transactions;
    /** The import tables' own JSON (cells as the file had them): not the API's strict mapper, which refuses some text. */
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    ImportRunner(ImportJobRepository jobs, ImportFailureRepository failures, ImportKinds kinds, ImportEngine engine,
            PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.failures = failures;
        this.kinds = kinds;
        this.engine = engine;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Runs the job in the background as {@code user}, the one who started it. */
    void submit(long jobId, Authentication user) {
        worker.submit(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user);
            SecurityContextHolder.setContext(context);
            try {
                run(jobId);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** A job the last run of the application left running ends as failed: what it committed stays, it says so. */
    @EventListener(ApplicationReadyEvent.class)
    void endInterrupted() {
        transactions.executeWithoutResult(status -> jobs.findByStatus(ImportStatus.RUNNING).forEach(job -> job.abort(
                "导入中途服务重启；已导入的行保留，可下载失败行，或重新上传同一文件（已导入的行记为无变化） "
                        + "/ the application restarted during the import", clock.instant())));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(long jobId) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        Path file = Path.of(job.getStoredFile());
        try {
            new Run(job, kinds.require(job.getKind())).through(file);
            transactions.executeWithoutResult(status -> jobs.findById(jobId).orElseThrow().finish(clock.instant()));
        } catch (TableFile.UnreadableFile | TableFile.StopReading e) {
            abort(jobId, "文件在导入中途无法读取，已导入的行保留 / the file could not be read to its end: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import job {} stopped", jobId, e);
            abort(jobId, "导入中途出错，已导入的行保留；可下载失败行或重新上传 / the import stopped: "
                    + e.getClass().getSimpleName());
        } finally {
            ImportService.delete(file);
        }
    }

    private void abort(long jobId, String message) {
        transactions.executeWithoutResult(status -> jobs.findById(jobId).orElseThrow()
                .abort(message.length() > 1000 ? message.substring(0, 1000) : message, clock.instant()));
    }

    /** One pass through the file: rows into records, records into batches. */
    private final class Run {
        private final ImportJob job;
        private final ImportKind kind;
        private final ColumnLayout layout;
        private final RecordAssembler assembler;
        private final Map<Integer, List<String>> cellsByLine = new HashMap<>();
        private final List<ImportRecord> batch = new ArrayList<>();
        private final List<RecordAssembler.Refused> refused = new ArrayList<>();
        private boolean headerSeen;

        Run(ImportJob job, ImportKind kind) {
            this.job = job;
            this.kind = kind;
            this.layout = new ColumnLayout(read(job.getHeaders(), HEADERS), read(job.getMapping(), MAPPING));
            this.assembler = new RecordAssembler(kind.keyField(), layout.perLine(kind), this::take);
        }

        void through(Path file) {
            TableFile.read(file, job.getFileName(), (line, cells) -> {
                if (!headerSeen) {
                    headerSeen = true;
                    return;
                }
                cellsByLine.put(line, cells);
                assembler.add(new ImportRecord.Row(line, layout.values(cells)));
            });
            assembler.flush();
            applyBatch();
        }

        private void take(RecordAssembler.Item item) {
            if (item instanceof RecordAssembler.Ready ready) {
                batch.add(ready.record());
            } else if (item instanceof RecordAssembler.Refused refusal) {
                refused.add(refusal);
            }
            if (batch.size() >= engine.batchSize() || refused.size() >= engine.batchSize()) {
                applyBatch();
            }
        }

        private void applyBatch() {
            List<ImportRecord> records = List.copyOf(batch);
            List<RecordAssembler.Refused> refusals = List.copyOf(refused);
            batch.clear();
            refused.clear();
            engine.apply(kind, job.getMode(), records, applied -> keep(applied, refusals));
        }

        /** In the batch's transaction: the failed rows and the job's counters. */
        private void keep(List<Applied> applied, List<RecordAssembler.Refused> refusals) {
            List<RowOutcome> outcomes = new ArrayList<>();
            List<ImportFailure> failed = new ArrayList<>();
            int rows = 0;
            for (Applied one : applied) {
                outcomes.add(one.result().outcome());
                rows += one.record().rows().size();
                if (one.result().outcome() == RowOutcome.FAILED) {
                    one.record().rows().forEach(row -> failed.add(failure(row.line(), one.result())));
                }
            }
            for (RecordAssembler.Refused refusal : refusals) {
                outcomes.add(RowOutcome.FAILED);
                rows++;
                failed.add(failure(refusal.row().line(), refusal.result()));
            }
            failures.saveAll(failed);
            ImportJob current = jobs.findById(job.getId()).orElseThrow();
            current.progressed(rows, ImportCounts.of(outcomes));
            applied.forEach(one -> one.record().rows().forEach(row -> cellsByLine.remove(row.line())));
            refusals.forEach(refusal -> cellsByLine.remove(refusal.row().line()));
        }

        private ImportFailure failure(int line, RowResult result) {
            List<ProblemCell> problems = result.problems().stream()
                    .map(problem -> new ProblemCell(layout.headerOf(kind, problem.field()), problem.reason())).toList();
            return new ImportFailure(job.getId(), line, write(cellsByLine.getOrDefault(line, List.of())),
                    write(problems));
        }
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
