package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutations of the func and arith golden inputs (custom syntax), run through jmlir-opt:
 * each must end in diagnostics (exit 1) or in output that reads back to itself; never in an
 * internal error (exit 2).
 */
class CustomSyntaxFuzzTest {
    private static final int MUTANTS = 2_000;
    private static final String[] TOKENS = {"(", ")", "{", "}", "<", ">", "[", "]", ":", ",", "->", "%0", "%arg0",
            "^bb1", "i32", "f32", "@f", "return", "arith.addi", "func.func", "overflow<nsw>", "fastmath<fast>", "\"",
            "loc(", "attributes", "private", "-", "0x", "1.5", "dense<", "index", "tensor<4x"};

    private static List<byte[]> corpus() throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (String dir : List.of("../dialects/src/test/resources/func", "../dialects/src/test/resources/arith")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".mlir")).sorted().toList()) {
                    inputs.add(Files.readAllBytes(p));
                }
            }
        }
        return inputs;
    }

    private static int run(byte[] input, ByteArrayOutputStream out) {
        return JmlirOpt.run(new String[]{"--allow-unregistered-dialect", "--split-input-file", "-"},
                new ByteArrayInputStream(input), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void mutantsAreRejectedOrRoundTrip() throws IOException {
        List<byte[]> corpus = corpus();
        assertThat(corpus).isNotEmpty();
        Random random = new Random(42);
        int accepted = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = run(input, out);
            assertThat(code).as("mutant %d:%n%s", i, new String(input, StandardCharsets.ISO_8859_1)).isIn(0, 1);
            if (code != 0) continue;
            accepted++;
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            assertThat(run(out.toByteArray(), again)).isZero();
            assertThat(again.toString(StandardCharsets.ISO_8859_1)).isEqualTo(out.toString(StandardCharsets.ISO_8859_1));
        }
        assertThat(accepted).isPositive();
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original;
        for (int k = 0, rounds = 1 + random.nextInt(3); k < rounds; k++) {
            int pos = b.length == 0 ? 0 : random.nextInt(b.length);
            int len = Math.min(b.length - pos, 1 + random.nextInt(12));
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            switch (random.nextInt(3)) {
                case 0 -> {
                    o.write(b, 0, pos);
                    o.write(b, pos + len, b.length - pos - len);
                }
                case 1 -> {
                    o.write(b, 0, pos);
                    o.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.ISO_8859_1));
                    o.write(b, pos, b.length - pos);
                }
                default -> {
                    o.write(b, 0, pos + len);
                    o.write(b, pos, b.length - pos);
                }
            }
            b = o.toByteArray();
        }
        return b;
    }
}
