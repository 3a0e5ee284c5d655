package com.threadline.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The evidence directory, outside the web root. Files get random names made here; nothing a client sends ever
 * becomes part of a path.
 */
@Component
class EvidenceFiles {

    private final Path dir;

    EvidenceFiles(@Value("${threadline.evidence.dir:./data/evidence}") Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Copies the content into a new file and returns its name. */
    String store(InputStream content) {
        String name = UUID.randomUUID().toString();
        try (content) {
            Files.createDirectories(dir);
            Files.copy(content, dir.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Resource read(String name) {
        return new FileSystemResource(dir.resolve(name));
    }

    void deleteQuietly(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException ignored) {
            // an orphan file in the evidence directory harms nobody
        }
    }
}
