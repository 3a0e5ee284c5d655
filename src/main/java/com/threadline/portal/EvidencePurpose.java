package com.threadline.portal;

/** What a piece of evidence proves; only a QC report may be a PDF. */
enum EvidencePurpose {
    OUTPUT,
    MILESTONE,
    SHIPMENT,
    STOCKING,
    QC_REPORT,
    /** a measure taken on an exception (its reference is the exception's id) */
    ACTION
}
