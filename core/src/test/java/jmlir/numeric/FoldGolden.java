package jmlir.numeric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a golden pair written by scripts/gen-float-fold-goldens.py: functions of constants and
 * one op per returned result, and mlir-opt's canonicalized output of them. Each case is an op
 * with its operands' literals and the literal mlir-opt folded it to, or null if it did not fold.
 */
record FoldGolden(String function, String op, String attributes, List<String> operands, List<String> operandTypes,
                  String resultType, String expected) {

    private static final Pattern CONSTANT = Pattern.compile("^\\s*(%[-\\w]+) = arith\\.constant (\\S+)(?: : (\\S+))?$");
    private static final Pattern OP = Pattern.compile(
            "^\\s*%r\\d+ = arith\\.(\\w+) (?:(\\w+), )?(%c\\d+)(?:, (%c\\d+))?([^:]*) : (\\S+)(?: to (\\S+))?$");
    private static final Pattern FUNC = Pattern.compile("^\\s*func\\.func @(\\w+)\\(");
    private static final Pattern RETURN = Pattern.compile("^\\s*return (.*) : .*$");

    static List<FoldGolden> load(String inputResource, String expectedResource) throws IOException {
        Map<String, List<String>> folded = foldedResults(read(expectedResource));
        List<FoldGolden> cases = new ArrayList<>();
        String function = null;
        Map<String, String[]> constants = new HashMap<>();
        int index = 0;
        for (String line : read(inputResource).split("\n")) {
            Matcher m;
            if ((m = FUNC.matcher(line)).find()) {
                function = m.group(1);
                constants.clear();
                index = 0;
            } else if ((m = CONSTANT.matcher(line)).find()) {
                constants.put(m.group(1), new String[] {m.group(2), m.group(3)});
            } else if ((m = OP.matcher(line)).find()) {
                String op = m.group(1);
                String predicate = m.group(2);
                List<String> operands = new ArrayList<>();
                List<String> types = new ArrayList<>();
                for (String name : new String[] {m.group(3), m.group(4)}) {
                    if (name == null) continue;
                    operands.add(constants.get(name)[0]);
                    types.add(constants.get(name)[1]);
                }
                String attributes = (predicate != null ? predicate : "") + m.group(5).trim();
                String resultType = m.group(7) != null ? m.group(7) : op.equals("cmpf") ? "i1" : m.group(6);
                String expected = folded.get(function).get(index++);
                cases.add(new FoldGolden(function, op, attributes, operands, types, resultType, expected));
            }
        }
        return cases;
    }

    /** Per function, the literal each returned value was folded to (null for an op result). */
    private static Map<String, List<String>> foldedResults(String text) {
        Map<String, List<String>> results = new HashMap<>();
        Map<String, String> constants = new HashMap<>();
        String function = null;
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = FUNC.matcher(line)).find()) {
                function = m.group(1);
                constants.clear();
            } else if ((m = CONSTANT.matcher(line)).find()) {
                constants.put(m.group(1), m.group(2));
            } else if ((m = RETURN.matcher(line)).find()) {
                List<String> values = new ArrayList<>();
                for (String name : m.group(1).split(", ")) values.add(constants.get(name));
                results.put(function, values);
            }
        }
        return results;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = FoldGolden.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return function + ": arith." + op + " " + attributes + " " + operands + " : " + operandTypes + " -> "
                + resultType + ", mlir-opt: " + (expected == null ? "not folded" : expected);
    }
}
