package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded mutations of valid inputs. Every mutant must either be rejected with a diagnostic that
 * points into the input, or be accepted and print text that reads back to the same text. No
 * other exception may escape, and nothing may hang.
 */
class MutationFuzzTest {
    static final int MUTANTS = 20_000;
    private static final long SEED = 0x6a6d6c6972L;
    private static final String[] CORPUS = {"attributes-and-types", "empty-regions", "locations", "module-custom",
            "regions-and-blocks", "strings-and-symbols", "types", "values"};
    private static final String[] TOKENS = {"(", ")", "{", "}", "<", ">", "[", "]", "\"", "%0", "%1#1", "^bb0",
            "^bb1:", "#map", "#loc", "!x", ":", ",", "->", "loc(", "@", "@\"", "0x", "-", "1.5", "1.0e999", "i32",
            "tensor<", "vector<[", "memref<*x", "dense<", "distinct[0]<", "\\", "\u00ff", "\u0000", "{-#", "#-}",
            "// ", "\n", "=", "?", "*", "...", "unit", "true", "fused<", "callsite(", " to ", "%x:2 = ", "::@"};

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/syntax/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    @Test
    void mutantsAreRejectedCleanlyOrRoundTrip() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (String name : CORPUS) corpus.add(resource(name + ".mlir"));
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            int accepted = 0;
            for (int i = 0; i < MUTANTS; i++) {
                byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
                try {
                    if (check(input)) accepted++;
                } catch (Throwable t) {
                    fail("mutant " + i + " failed with " + t + " on input:\n"
                            + new String(input, StandardCharsets.ISO_8859_1), t);
                }
            }
            // Some mutants must survive, or the round-trip half of the test checks nothing.
            assertThat(accepted).isGreaterThan(MUTANTS / 50);
        });
    }

    /** Returns whether the input was accepted. */
    private static boolean check(byte[] input) {
        SourceFile file = SourceFile.of("fuzz.mlir", input);
        Operation module;
        try {
            module = parse(file);
        } catch (ParseException e) {
            assertPointsInto(e.diagnostic(), input);
            return false;
        }
        Diagnostic invalid = Verifier.verify(module);
        if (invalid != null) return false;
        PrintOptions options = new PrintOptions();
        options.generic = true;
        options.debugInfo = true;
        String once = OpPrinter.print(module, options);
        String twice = OpPrinter.print(parse(SourceFile.of("again.mlir", once.getBytes(StandardCharsets.ISO_8859_1))),
                options);
        assertThat(twice.replace("again.mlir", "fuzz.mlir")).isEqualTo(once);
        return true;
    }

    private static Operation parse(SourceFile file) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        return new Parser(context, file, new ResourceTable()).parseTopLevel();
    }

    private static void assertPointsInto(Diagnostic d, byte[] input) {
        assertThat(d.message()).isNotEmpty();
        Location.FileLineCol at = d.location().findFileLineCol();
        assertThat(at).isNotNull();
        assertThat(at.file()).isEqualTo("fuzz.mlir");
        SourceFile file = SourceFile.of("fuzz.mlir", input);
        assertThat(at.line()).isBetween(1, file.lineCount());
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int n = b.length;
            int pos = n == 0 ? 0 : random.nextInt(n);
            int len = n == 0 ? 0 : 1 + random.nextInt(Math.min(16, n - pos));
            b = switch (random.nextInt(6)) {
                case 0 -> concat(slice(b, 0, pos), slice(b, pos + len, n));
                case 1 -> concat(slice(b, 0, pos + len), slice(b, pos, n));
                case 2 -> concat(concat(slice(b, 0, pos),
                        TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.ISO_8859_1)), slice(b, pos, n));
                case 3 -> {
                    byte[] c = b.clone();
                    if (n > 0) c[pos] = (byte) random.nextInt(256);
                    yield c;
                }
                case 4 -> slice(b, 0, pos);
                default -> {
                    int other = n == 0 ? 0 : random.nextInt(n);
                    int a = Math.min(pos, other), z = Math.max(pos, other);
                    yield concat(concat(slice(b, 0, a), slice(b, z, n)), slice(b, a, z));
                }
            };
        }
        return b;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }
}
