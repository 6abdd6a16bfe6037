package jmlir.cli.differential;

import java.util.List;

/** The pass pipelines the differential test compares, and the suffix of their golden files. */
enum Pipeline {
    CANONICALIZE_CSE("canonicalize-cse", "--canonicalize", "--cse"),
    CANONICALIZE("canonicalize", "--canonicalize"),
    CSE("cse", "--cse"),
    /** No pass: the module parsed and printed. */
    PRINT("print");

    final String suffix;
    final List<String> flags;

    Pipeline(String suffix, String... flags) {
        this.suffix = suffix;
        this.flags = List.of(flags);
    }

    /** The golden output's file name for an input file {@code seed-NNNN.mlir}. */
    String goldenName(String inputName) {
        return inputName.replaceFirst("\\.mlir$", "") + "." + suffix + ".out";
    }

    String commandLine() {
        return flags.isEmpty() ? "(no passes)" : String.join(" ", flags);
    }
}
