package com.threadline.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How large a file may be imported (bytes and data rows), and where uploads wait for their run.
 * {@code threadline.imports.max-bytes}, {@code max-rows}, {@code directory}.
 */
@ConfigurationProperties("threadline.imports")
record ImportLimits(Long maxBytes, Integer maxRows, String directory) {

    ImportLimits {
        maxBytes = maxBytes == null ? 20L * 1024 * 1024 : maxBytes;
        maxRows = maxRows == null ? 50_000 : maxRows;
        directory = directory == null ? System.getProperty("java.io.tmpdir") + "/threadline-imports" : directory;
    }
}
