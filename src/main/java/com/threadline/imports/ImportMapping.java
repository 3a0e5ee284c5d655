package com.threadline.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The company's choice that a file column of this name fills this field of the kind. */
@Entity
@Table(name = "import_mapping")
class ImportMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String sourceHeader;
    private String field;
    private String changedBy;
    private Instant changedAt;

    protected ImportMapping() {
    }

    ImportMapping(String kind, String sourceHeader, String field, String login, Instant now) {
        this.kind = kind;
        this.sourceHeader = sourceHeader;
        mapTo(field, login, now);
    }

    void mapTo(String field, String login, Instant now) {
        this.field = field;
        this.changedBy = login;
        this.changedAt = now;
    }

    String getSourceHeader() {
        return sourceHeader;
    }

    String getField() {
        return field;
    }
}
