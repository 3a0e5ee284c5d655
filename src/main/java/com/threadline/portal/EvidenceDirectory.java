package com.threadline.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence in a directory outside the web root ({@code threadline.evidence.dir}). It is checked at start-up: a
 * directory that is missing (unless {@code create-dir} allows making it) or that cannot be written stops the start
 * with the reason, instead of the first upload failing, or files landing where no volume keeps them.
 */
@Component
@ConditionalOnProperty(name = "threadline.evidence.store", havingValue = "directory", matchIfMissing = true)
class EvidenceDirectory implements EvidenceFiles {

    private final Path dir;

    EvidenceDirectory(EvidenceStorageSettings settings) {
        this.dir = settings.dir().toAbsolutePath().normalize();
        checkUsable(settings.createDir());
    }

    private void checkUsable(boolean createMissing) {
        if (!Files.exists(dir)) {
            if (!createMissing) {
                throw new IllegalStateException("The evidence directory " + dir + " does not exist. Mount the "
                        + "evidence volume there, or point threadline.evidence.dir (THREADLINE_EVIDENCE_DIR) at it.");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IllegalStateException("The evidence directory " + dir + " cannot be created: " + e, e);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The evidence directory " + dir + " is not a directory.");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".write-check-", ""));
        } catch (IOException e) {
            throw new IllegalStateException("The evidence directory " + dir + " is not writable by this process ("
                    + e + "). Give the user the app runs as write access to it.", e);
        }
    }

    @Override
    public String store(InputStream content) {
        String name = UUID.randomUUID().toString();
        try (content) {
            Files.copy(content, dir.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resource read(String name) {
        return new FileSystemResource(dir.resolve(name));
    }

    @Override
    public void deleteQuietly(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException ignored) {
            // an orphan file in the evidence directory harms nobody
        }
    }
}
