package com.threadline.imports;

import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import com.threadline.web.PlainText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies records in batches, one transaction per batch, so a long file neither holds one transaction nor pays for
 * one per row. A record the kind refuses is kept as failed; when its refusal came as an exception, which spoils the
 * batch's transaction, the batch is rolled back and run again without it, so one bad row never undoes the others.
 * Whatever the caller records about the batch (counters, failed rows) is written in the batch's own transaction.
 */
@Component
class ImportEngine {

    private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);
    private static final int PASSES = 3;

    /** A record and what became of it. */
    record Applied(ImportRecord record, RowResult result) {
    }

    private final TransactionTemplate transactions;
    private final int batchSize;

    ImportEngine(PlatformTransactionManager transactions, @Value("${threadline.imports.batch-size:200}") int batchSize) {
        this.transactions = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    int batchSize() {
        return batchSize;
    }

    /**
     * Applies the batch and hands its outcomes to {@code inTransaction} before the batch commits; answers the
     * outcomes in the batch's order.
     */
    List<Applied> apply(ImportKind kind, ImportMode mode, List<ImportRecord> batch, Consumer<List<Applied>> inTransaction) {
        Map<ImportRecord, RowResult> refused = new IdentityHashMap<>();
        for (int pass = 0; pass < PASSES; pass++) {
            boolean[] unexpected = {false};
            List<Applied> applied = transactions.execute(status -> {
                List<Applied> results = new ArrayList<>(batch.size());
                boolean spoiled = false;
                for (ImportRecord record : batch) {
                    RowResult result = refused.get(record);
                    if (result == null) {
                        Attempt attempt = attempt(kind, mode, record);
                        if (attempt == null) {
                            unexpected[0] = true;
                            status.setRollbackOnly();
                            return null;
                        }
                        result = attempt.result();
                        spoiled |= attempt.spoiled();
                        if (result.outcome() == RowOutcome.FAILED) {
                            refused.put(record, result);
                        }
                    }
                    results.add(new Applied(record, result));
                }
                if (spoiled) {
                    status.setRollbackOnly();
                    return null;
                }
                inTransaction.accept(results);
                return results;
            });
            if (applied != null) {
                return applied;
            }
            if (unexpected[0]) {
                break;
            }
        }
        return oneByOne(kind, mode, batch, refused, inTransaction);
    }

    /** Each record in its own transaction: for a batch whose rows kept spoiling each other's transaction. */
    private List<Applied> oneByOne(ImportKind kind, ImportMode mode, List<ImportRecord> batch,
            Map<ImportRecord, RowResult> refused, Consumer<List<Applied>> inTransaction) {
        List<Applied> results = new ArrayList<>(batch.size());
        for (ImportRecord record : batch) {
            RowResult known = refused.get(record);
            RowResult result = known != null ? known : transactions.execute(status -> {
                Attempt one = attempt(kind, mode, record);
                if (one == null || one.result().outcome() == RowOutcome.FAILED) {
                    status.setRollbackOnly();
                }
                return one == null ? null : one.result();
            });
            results.add(new Applied(record, result != null ? result
                    : RowResult.failed(null, "系统错误，此行未导入，请稍后重试 / unexpected error, row not imported")));
        }
        transactions.executeWithoutResult(status -> inTransaction.accept(results));
        return results;
    }

    /**
     * The cells whose text the API would refuse too ({@link PlainText}): control characters, half surrogates, and
     * characters beyond the Basic Multilingual Plane (emoji, CJK extension B), which Camunda's utf8mb3 tables on
     * MySQL cannot hold; an imported order must be one the desk can save again.
     */
    private static List<RowResult.Problem> unstorableText(ImportRecord record) {
        List<RowResult.Problem> problems = new ArrayList<>();
        for (ImportRecord.Row row : record.rows()) {
            row.values().forEach((field, text) -> PlainText.problem(text).ifPresent(reason -> problems.add(
                    new RowResult.Problem(field, (reason.contains("Basic Multilingual Plane")
                            ? "不能含表情符号或扩展区生僻字，请改用常用字 / "
                            : "含无法保存的字符 / ") + reason))));
        }
        return problems;
    }

    /** A record's result, and whether it came as an exception (which spoils the transaction). */
    private record Attempt(RowResult result, boolean spoiled) {
    }

    /** The record's result; null when it failed unexpectedly and the transaction cannot go on. */
    private static Attempt attempt(ImportKind kind, ImportMode mode, ImportRecord record) {
        List<RowResult.Problem> unstorable = unstorableText(record);
        if (!unstorable.isEmpty()) {
            return new Attempt(RowResult.failed(unstorable), false);
        }
        try {
            return new Attempt(kind.apply(record, mode), false);
        } catch (InvalidRequestException e) {
            return new Attempt(RowResult.failed(e.getProblems().stream()
                    .map(problem -> new RowResult.Problem(problem.field(), problem.reason())).toList()), true);
        } catch (ConflictException e) {
            return new Attempt(RowResult.failed(kind.keyField(), "当前状态不允许此更改 / " + e.getMessage()), true);
        } catch (NotFoundException e) {
            return new Attempt(RowResult.failed(kind.keyField(), "找不到 / " + e.getMessage()), true);
        } catch (RuntimeException e) {
            log.warn("Import of line {} ({}) failed unexpectedly", record.line(), kind.code(), e);
            return null;
        }
    }
}
