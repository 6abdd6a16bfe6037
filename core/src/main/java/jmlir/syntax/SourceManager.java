package jmlir.syntax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The buffers diagnostics may point into, found by the name a {@code FileLineCol} location
 * carries.
 *
 * <p>mlir-opt also opens, relative to the working directory, any other file a location names
 * and shows its lines (and, under {@code --verify-diagnostics}, reads its {@code expected-*}
 * comments). {@link #withFileLoading()} does the same; the plain constructor only knows the
 * buffers added to it. Each name is looked up at most once, failures included.
 */
public final class SourceManager {
    private final Map<String, Optional<SourceFile>> byName = new HashMap<>();
    private final Function<String, Optional<SourceFile>> loader;

    /** Knows only the buffers added with {@link #add}. */
    public SourceManager() {
        this(name -> Optional.empty());
    }

    /** Asks {@code loader} for names it does not hold yet. */
    public SourceManager(Function<String, Optional<SourceFile>> loader) {
        this.loader = loader;
    }

    /** Also reads files from disk, as mlir-opt does for locations in other files. */
    public static SourceManager withFileLoading() {
        return new SourceManager(SourceManager::readFromDisk);
    }

    /** Registers a buffer under its name (a chunk registers its whole buffer). */
    public SourceManager add(SourceFile file) {
        byName.put(file.name(), Optional.of(file.whole()));
        return this;
    }

    /** The buffer with that name, loading it if this manager can. */
    public Optional<SourceFile> find(String name) {
        return byName.computeIfAbsent(name, loader);
    }

    private static Optional<SourceFile> readFromDisk(String name) {
        try {
            return Optional.of(SourceFile.read(Path.of(name), name));
        } catch (IOException | RuntimeException e) {
            // Unreadable or not a path at all: the location is shown without its line.
            return Optional.empty();
        }
    }
}
