package jmlir.transform;

import jmlir.dialect.Dialects;
import jmlir.dialect.irdl.IrdlLoader;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.pass.PassContext;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link Cse} on the inputs under {@code src/test/resources/cse} with the options of their
 * {@code // ARGS:} line and compares with what mlir-opt printed (see the README there).
 */
class CseGoldenTest {
    private static final String SPLIT_MARKER = "// -----";

    static Path dir() {
        try {
            return Path.of(CseGoldenTest.class.getResource("/cse/regen.sh").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mlir")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void printsWhatMlirOptPrints(String name) throws IOException {
        Path input = dir().resolve(name);
        String expected = Files.readString(dir().resolve(name.replace(".mlir", ".out")), StandardCharsets.UTF_8);
        assertThat(run(input, name)).isEqualTo(expected);
    }

    /** What jmlir prints for the input, run as its ARGS line says. */
    static String run(Path input, String name) throws IOException {
        SourceFile whole = SourceFile.read(input, name);
        String args = whole.lineText(1).replaceFirst("^// ARGS:", "");
        List<String> options = List.of(args.trim().split("\\s+"));
        PrintOptions printing = new PrintOptions();
        printing.debugInfo = options.contains("-mlir-print-debuginfo");
        printing.generic = options.contains("-mlir-print-op-generic");
        boolean perFunction = args.contains("func.func(cse)");
        String irdl = null;
        for (String o : options) if (o.startsWith("--irdl-file=")) irdl = o.substring("--irdl-file=".length());
        List<SourceFile> chunks = options.contains("-split-input-file") ? split(whole) : List.of(whole);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) out.append(SPLIT_MARKER).append('\n');
            Context context = Dialects.registerAll(new Context());
            context.setAllowUnregisteredDialects(options.contains("-allow-unregistered-dialect"));
            StandInDialects.registerMissing(context);
            if (irdl != null) loadIrdl(context, input.resolveSibling(irdl));
            ResourceTable resources = new ResourceTable();
            Operation module = new Parser(context, chunks.get(i), resources).parseTopLevel();
            assertThat(Verifier.verifyAll(module)).isEmpty();
            Cse cse = new Cse();
            if (perFunction) {
                for (Operation op : module.region(0).entryBlock()) {
                    if (op.name().name().equals("func.func")) cse.run(op, passContext(context));
                }
            } else {
                cse.run(module, passContext(context));
            }
            assertThat(Verifier.verifyAll(module)).isEmpty();
            out.append(OpPrinter.print(module, printing, resources)).append('\n');
        }
        return out.toString();
    }

    private static void loadIrdl(Context context, Path file) throws IOException {
        Operation module = new Parser(context, SourceFile.read(file, file.getFileName().toString()),
                new ResourceTable()).parseTopLevel();
        IrdlLoader.register(module, context);
    }

    private static List<SourceFile> split(SourceFile whole) {
        String text = new String(whole.bytes(), StandardCharsets.ISO_8859_1);
        List<SourceFile> chunks = new ArrayList<>();
        int start = 0;
        for (int at = text.indexOf(SPLIT_MARKER); at >= 0; at = text.indexOf(SPLIT_MARKER, start)) {
            chunks.add(whole.chunk(start, at));
            start = at + SPLIT_MARKER.length();
        }
        chunks.add(whole.chunk(start, text.length()));
        return chunks;
    }

    static PassContext passContext(Context context) {
        return new PassContext() {
            @Override
            public Context context() {
                return context;
            }

            @Override
            public void signalFailure() {
                throw new AssertionError("cse failed");
            }

            @Override
            public void report(Diagnostic diagnostic) {
                throw new AssertionError(diagnostic.message());
            }

            @Override
            public void print(String text) {
                throw new AssertionError("cse printed " + text);
            }
        };
    }
}
