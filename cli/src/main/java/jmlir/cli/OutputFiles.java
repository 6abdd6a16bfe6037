package jmlir.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files through a temporary file and a rename, so none is ever left half-written; devices
 * and pipes are written directly.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** The output file cannot be made at all; the message is mlir-opt's. */
    static final class CannotOpen extends IOException {
        CannotOpen(String path, String reason) {
            super("cannot open output file '" + path + "': " + reason);
        }
    }

    static void writeAtomically(String path, Content content) throws IOException {
        Path target = Path.of(path).toAbsolutePath();
        if (Files.isDirectory(target)) throw new CannotOpen(path, "Is a directory");
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or pipe (-o /dev/null, -o /dev/stdout) is written to, never replaced.
            content.writeTo(target);
            return;
        }
        Path tmp;
        try {
            tmp = createSibling(target);
        } catch (NoSuchFileException e) {
            throw new CannotOpen(path, "No such file or directory");
        } catch (AccessDeniedException e) {
            throw new CannotOpen(path, "Permission denied");
        }
        try {
            content.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file beside {@code target}, named after it and this process. Unlike
     * {@code Files.createTempFile} it gets the permissions the umask gives new files (the output
     * is a file like any other) and needs no secure random number generator, whose start-up a
     * short run would notice.
     */
    private static Path createSibling(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(prefix + attempt + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) throw e;
            }
        }
    }
}
