package jmlir.dialect.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jmlir.dialect.func.FuncOp;
import jmlir.ir.Attribute;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatFormat;
import jmlir.ir.FoldResult;
import jmlir.ir.Folder;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import org.junit.jupiter.api.Test;

/**
 * Runs the fold hooks on random ops of constants (fold-float/random.mlir, written by
 * scripts/gen-float-fold-goldens.py) and compares each result with the constant mlir-opt 22
 * folded it to, or checks that it does not fold where mlir-opt did not.
 */
class FloatFoldGoldenTest {
    private static final Pattern FUNC = Pattern.compile("^\\s*func\\.func @(\\w+)\\(");
    private static final Pattern CONSTANT = Pattern.compile("^\\s*(%[-\\w]+) = arith\\.constant (\\S+)");
    private static final Pattern RETURN = Pattern.compile("^\\s*return (.*) : .*$");

    @Test
    void foldsAsMlirOptDoes() throws IOException {
        Map<String, List<String>> expected = foldedResults(ArithGoldenTest.text("../fold-float/random.expected.mlir"));
        Operation module = ArithGoldenTest.parse("random.mlir", ArithGoldenTest.resource("../fold-float/random.mlir"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Operation op : module.region(0).blocks().get(0)) {
            FuncOp func = (FuncOp) op;
            // Dense results are compared through the canonicalize pass (transforms' tests).
            if (func.symName().startsWith("elements_")) continue;
            List<String> actual = foldFunction(func);
            List<String> want = expected.get(func.symName());
            assertThat(actual).as(func.symName()).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                if (!java.util.Objects.equals(actual.get(i), want.get(i))) {
                    failures.add(func.symName() + " result " + i + ": mlir-opt " + want.get(i) + ", jmlir " + actual.get(i)
                            + " (" + describe(func, i) + ")");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1500);
        assertThat(failures).as("%d of %d differ", failures.size(), checked).isEmpty();
    }

    /** Folds each op of the function once, in order; the literal of each returned value, or null. */
    private static List<String> foldFunction(FuncOp func) {
        Map<Value, Attribute> constants = new HashMap<>();
        List<String> returned = new ArrayList<>();
        for (Operation op : func.region(0).blocks().get(0)) {
            if (op instanceof ConstantOp c) {
                constants.put(c.result(0), c.value());
            } else if (op.name().name().equals("func.return")) {
                for (int i = 0; i < op.numOperands(); i++) {
                    Attribute a = constants.get(op.operand(i));
                    returned.add(a == null ? null : literal(a));
                }
            } else {
                Attribute[] operands = new Attribute[op.numOperands()];
                for (int i = 0; i < operands.length; i++) operands[i] = constants.get(op.operand(i));
                Folder folder = op.name().definition().folder();
                List<FoldResult> results = new ArrayList<>();
                if (folder != null && folder.fold(op, operands, results) && !results.isEmpty()) {
                    FoldResult r = results.get(0);
                    Attribute a = r instanceof Attribute attr ? attr : constants.get((Value) r);
                    if (a != null) constants.put(op.result(0), a);
                }
            }
        }
        return returned;
    }

    private static String describe(FuncOp func, int index) {
        List<Operation> ops = new ArrayList<>();
        for (Operation op : func.region(0).blocks().get(0)) if (!(op instanceof ConstantOp)) ops.add(op);
        Operation op = ops.get(index);
        StringBuilder s = new StringBuilder(op.name().name());
        for (int i = 0; i < op.numOperands(); i++) {
            Operation def = op.operand(i).definingOp();
            s.append(' ').append(def instanceof ConstantOp c ? literal(c.value()) : "?");
        }
        return s.append(" : ").append(op.result(0).type()).toString();
    }

    /** How mlir-opt writes the value of an arith.constant. */
    static String literal(Attribute a) {
        if (a instanceof FloatAttr f) return FloatFormat.toString(f.value());
        if (a instanceof IntegerAttr i) {
            if (i.isBool()) return i.value() != 0 ? "true" : "false";
            return i.bigValue().toString();
        }
        return a.toString();
    }

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
}
