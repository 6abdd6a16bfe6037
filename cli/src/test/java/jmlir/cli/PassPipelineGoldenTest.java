package jmlir.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipelines, their errors, the symbol passes and IR printing, against mlir-opt 22: each line of
 * {@code passes/cases.tsv} runs jmlir-opt on an input and compares stdout, stderr and the exit
 * code with what mlir-opt gave ({@code passes/make-goldens.sh}).
 */
class PassPipelineGoldenTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = PassPipelineGoldenTest.class.getResourceAsStream("/passes/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @TestFactory
    List<DynamicTest> casesMatchMlirOpt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t");
            String name = fields[0];
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, fields[1],
                    Arrays.copyOfRange(fields, 2, fields.length))));
        }
        return tests;
    }

    private static void check(String name, String input, String[] flags) throws IOException {
        String[] args = Arrays.copyOf(flags, flags.length + 1);
        args[flags.length] = "-";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JmlirOpt.run(args, new ByteArrayInputStream(resource(input).getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out), new PrintStream(err));
        assertThat(err.toString(StandardCharsets.ISO_8859_1)).as(name + " stderr").isEqualTo(resource(name + ".stderr"));
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).as(name + " stdout").isEqualTo(resource(name + ".stdout"));
        assertThat(code).as(name + " exit code").isEqualTo(Integer.parseInt(resource(name + ".rc").strip()));
    }
}
