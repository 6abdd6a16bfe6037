package jmlir.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The mlir-opt outputs under {@code src/test/resources/diag} (see its README). */
final class Goldens {
    static final Path DIR;

    static {
        try {
            DIR = Path.of(Goldens.class.getResource("/diag/regen.sh").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Goldens() {
    }

    /** An input, named as mlir-opt was given it (relative to the golden directory). */
    static SourceFile input(String name) {
        try {
            return SourceFile.read(DIR.resolve(name), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds files as mlir-opt does when run in the golden directory. */
    static SourceManager sources(SourceFile main) {
        SourceManager sources = new SourceManager(name -> {
            Path path = DIR.resolve(name);
            if (!Files.isRegularFile(path)) return Optional.empty();
            return Optional.of(input(name));
        });
        return sources.add(main);
    }

    /** mlir-opt's stderr for an input, e.g. {@code render-notes} for render-notes.mlir. */
    static String stderr(String base) {
        return read(base + ".stderr");
    }

    /** mlir-opt's exit code for an input. */
    static int exitCode(String base) {
        return Integer.parseInt(read(base + ".exit").trim());
    }

    private static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
