package jmlir.ir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses every float literal of a golden input with {@link FloatValue#parseLiteral} and prints it
 * with {@link FloatFormat}, comparing with what mlir-opt 22 printed for the same input.
 */
class FloatGoldenTest {
    private static final Pattern ATTRIBUTE =
            Pattern.compile("a\\d{4} = (dense<[^>]*>|[^ ,]+) : ([^,}]+)");

    @ParameterizedTest
    @ValueSource(strings = {"literals", "random"})
    void printsLikeMlirOpt(String name) throws IOException {
        List<String> input = opLines(name + ".mlir");
        List<String> expected = opLines(name + ".expected.mlir");
        assertThat(expected).hasSameSizeAs(input);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int line = 0; line < input.size(); line++) {
            Matcher in = ATTRIBUTE.matcher(input.get(line));
            Matcher out = ATTRIBUTE.matcher(expected.get(line));
            while (in.find()) {
                assertThat(out.find()).as("line %d", line + 1).isTrue();
                String type = in.group(2);
                String actual = type.startsWith("tensor<")
                        ? printDense(in.group(1), type, out.group(1).contains("["))
                        : print(FloatValue.parseLiteral(kind(type), in.group(1)));
                if (!actual.equals(out.group(1))) {
                    failures.add(in.group(1) + " : " + type + " -> " + actual + ", mlir-opt: " + out.group(1));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(failures).as("%d of %d values differ", failures.size(), checked).isEmpty();
    }

    /** Dense elements keep bit patterns: each literal is parsed, stored as bits, then printed. */
    private static String printDense(String literal, String type, boolean list) {
        FloatKind kind = kind(type.substring(type.lastIndexOf('x') + 1, type.length() - 1));
        String[] elements = literal.substring("dense<[".length(), literal.length() - 2).split(", ");
        List<String> printed = new ArrayList<>();
        for (String element : elements) {
            FloatValue value = FloatValue.parseLiteral(kind, element);
            printed.add(print(FloatValue.fromBits(kind, value.bits(), value.bitsHi())));
        }
        return list ? "dense<[" + String.join(", ", printed) + "]>" : "dense<" + printed.get(0) + ">";
    }

    private static String print(FloatValue value) {
        StringBuilder out = new StringBuilder("<");
        boolean hex = FloatFormat.print(value, out);
        assertThat(hex).isEqualTo(out.charAt(1) == '0' && out.length() > 2 && out.charAt(2) == 'x');
        return out.substring(1);
    }

    private static FloatKind kind(String keyword) {
        FloatKind kind = FloatKind.fromKeyword(keyword);
        assertThat(kind).as(keyword).isNotNull();
        return kind;
    }

    private static List<String> opLines(String resource) throws IOException {
        try (InputStream in = FloatGoldenTest.class.getResourceAsStream("/float/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).filter(l -> l.contains("\"t.")).toList();
        }
    }
}
