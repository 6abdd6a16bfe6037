package jmlir.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files through a temporary file and a rename, so none is ever left half-written. */
final class OutputFiles {
    private OutputFiles() {
    }

    interface Content {
        void writeTo(Path file) throws IOException;
    }

    static void writeAtomically(String path, Content content) throws IOException {
        Path target = Path.of(path).toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".jmlir-", ".tmp");
        try {
            content.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
