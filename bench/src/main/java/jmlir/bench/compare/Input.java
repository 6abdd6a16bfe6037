package jmlir.bench.compare;

import java.nio.file.Path;

/**
 * One input file of the comparison.
 *
 * @param name   {@code constant_folding_100.generic} for a generated workload, {@code real/PATH}
 *               for a corpus file (PATH as in INDEX.tsv)
 * @param family the workload, or {@code real}
 * @param n      the workload's size parameter (0 for corpus files)
 * @param form   {@code pretty} or {@code generic}
 * @param split  whether it must be read with {@code --split-input-file}
 */
public record Input(String name, String family, long n, String form, Path path, long bytes, long ops, boolean split) {
    public static final String REAL = "real";

    /** A short name for plot labels. */
    public String shortName() {
        if (!family.equals(REAL)) return name;
        String file = path.getFileName().toString();
        String project = name.substring(REAL.length() + 1);
        int slash = project.indexOf('/');
        if (project.startsWith("_derived")) {
            int next = project.indexOf('/', slash + 1);
            project = project.substring(slash + 1, next < 0 ? project.length() : next);
        } else if (slash > 0) {
            project = project.substring(0, slash);
        }
        int plus = project.indexOf('+');
        if (plus >= 0) project = project.substring(plus + 1);
        return project + "/" + file;
    }
}
