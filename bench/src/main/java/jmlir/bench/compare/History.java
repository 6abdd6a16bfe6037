package jmlir.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The history file: one JSON object per line, one line per run, oldest first (as ASV keeps it). */
public final class History {
    private History() {
    }

    public static void append(Path file, RunRecord run) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, Json.write(run.toJson()) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The runs in {@code file} (none if it does not exist); malformed lines are skipped with a warning. */
    public static List<RunRecord> read(Path file) throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        if (!Files.exists(file)) return runs;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                runs.add(RunRecord.fromJson(Json.obj(Json.parse(line))));
            } catch (IllegalArgumentException e) {
                System.err.println(file + ":" + lineNo + ": skipped: " + e.getMessage());
            }
        }
        return runs;
    }
}
