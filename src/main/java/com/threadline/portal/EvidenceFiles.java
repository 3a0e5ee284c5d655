package com.threadline.portal;

import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Where evidence files live: a directory ({@link EvidenceDirectory}, the default) or an S3-compatible bucket
 * ({@link EvidenceBucket}), chosen by {@code threadline.evidence.store}. Files get random names made by the store;
 * nothing a client sends ever becomes part of a name. A file is written before the row that references it and is
 * never changed afterwards, which is what lets a backup copy the files after dumping the database.
 */
interface EvidenceFiles {

    /** Copies the content into a new file and returns its name. */
    String store(InputStream content);

    Resource read(String name);

    /** For a file that no row references after all; failing to delete it harms nobody. */
    void deleteQuietly(String name);
}
