package com.threadline.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A failed row of a job: its cells as the file had them and its problems, both as JSON. */
@Entity
@Table(name = "import_failure")
class ImportFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long jobId;
    private int lineNo;
    private String cells;
    private String problems;

    protected ImportFailure() {
    }

    ImportFailure(Long jobId, int lineNo, String cells, String problems) {
        this.jobId = jobId;
        this.lineNo = lineNo;
        this.cells = cells;
        this.problems = problems;
    }

    int getLineNo() {
        return lineNo;
    }

    String getCells() {
        return cells;
    }

    String getProblems() {
        return problems;
    }
}
