package com.threadline.imports;

import java.util.List;

/**
 * One kind of thing a file can bring in (orders, and whatever plugs in later): its columns, and how one record is
 * checked and applied. The engine reads the file, maps its columns to the kind's fields, groups rows into records,
 * finds duplicate keys, runs the records in batches of transactions and keeps the counters and the failed rows; the
 * kind only knows its own rules.
 */
public interface ImportKind {

    /** The kind's code in addresses and in the job table, e.g. {@code orders}. */
    String code();

    /** What the kind is called on pages, in Chinese, e.g. 订单. */
    String title();

    /** The template's columns, in order; those marked {@link ImportColumn#perLine()} repeat on every line of a record. */
    List<ImportColumn> columns();

    /** The field that identifies a record (the order number); rows without it fail. */
    String keyField();

    /**
     * Checks the record and applies it in the given mode, within the engine's transaction. A problem with the record
     * is answered as {@link RowResult#failed}; a rule refused by a domain service may also be thrown as
     * {@link com.threadline.web.InvalidRequestException} or {@link com.threadline.web.ConflictException}, and then
     * nothing of the record stays written.
     */
    RowResult apply(ImportRecord record, ImportMode mode);
}
