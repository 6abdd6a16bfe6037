package jmlir.dialect.arith;

import jmlir.dialect.Dialects;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Verifier;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.ir.BlockArgument;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.Trait;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.PrintOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonicalizes each function of the inputs under resources/fold with {@link MiniCanonicalizer}
 * and compares what it computes with what mlir-opt 22's {@code --canonicalize} gave (the
 * {@code .canon.out} files, see regen.sh there): the same ops (constants aside) computing the
 * returned values from the same arguments and constants.
 */
class IntegerFoldGoldenTest {
    private static final List<String> INPUTS = List.of("consts", "identities", "patterns", "edges", "locations");

    @TestFactory
    List<DynamicTest> canonicalizesAsMlirOptDoes() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : INPUTS) {
            Context context = Dialects.registerAll(new Context());
            context.setAllowUnregisteredDialects(true);
            // One resource table for both, so that dense_resource handles compare equal.
            ResourceTable resources = new ResourceTable();
            Operation module = parse(context, resources, input + ".mlir");
            Map<String, Operation> expected = functions(parse(context, resources, input + ".canon.out"));
            for (Map.Entry<String, Operation> e : functions(module).entrySet()) {
                Operation func = e.getValue();
                tests.add(DynamicTest.dynamicTest(input + " @" + e.getKey(), () -> {
                    String before = OpPrinter.print(func, new PrintOptions());
                    new MiniCanonicalizer(new PatternRewriter(context)).run(body(func));
                    Operation want = expected.get(e.getKey());
                    assertThat(want).as("golden function").isNotNull();
                    String why = "input:\n" + before + "\njmlir:\n" + OpPrinter.print(func, new PrintOptions())
                            + "\nmlir-opt:\n" + OpPrinter.print(want, new PrintOptions());
                    assertThat(nonConstantOps(body(func))).as(why).isEqualTo(nonConstantOps(body(want)));
                    Operation ret = body(func).last();
                    Operation wantRet = body(want).last();
                    assertThat(ret.numOperands()).isEqualTo(wantRet.numOperands());
                    for (int i = 0; i < ret.numOperands(); i++) {
                        assertThat(same(ret.operand(i), wantRet.operand(i))).as(why).isTrue();
                    }
                }));
            }
        }
        return tests;
    }

    private static Operation parse(Context context, ResourceTable resources, String name)
            throws java.io.IOException {
        byte[] input = ArithGoldenTest.resource("../fold/" + name);
        Operation module = new Parser(context, SourceFile.of(name, input), resources).parseTopLevel();
        Diagnostic d = Verifier.verify(module);
        assertThat(d == null ? null : d.message()).isNull();
        return module;
    }

    private static Block body(Operation func) {
        return func.region(0).entryBlock();
    }

    private static Map<String, Operation> functions(Operation module) {
        Map<String, Operation> funcs = new LinkedHashMap<>();
        for (Operation op : module.region(0).entryBlock()) {
            if (op.property("sym_name") instanceof StringAttr name) funcs.put(name.value(), op);
        }
        return funcs;
    }

    private static List<String> nonConstantOps(Block block) {
        List<String> names = new ArrayList<>();
        for (Operation op : block) if (!op.hasTrait(Trait.CONSTANT_LIKE)) names.add(op.name().name());
        names.sort(null);
        return names;
    }

    /** Equal attributes; resources (whose handles each parse makes anew) by type and data. */
    private static boolean sameConstant(jmlir.ir.Attribute a, jmlir.ir.Attribute b) {
        if (a instanceof jmlir.ir.DenseResourceElementsAttr r && b instanceof jmlir.ir.DenseResourceElementsAttr s) {
            return r.type().equals(s.type()) && java.util.Objects.equals(r.handle().blob(), s.handle().blob());
        }
        return a.equals(b);
    }

    /** Whether two values compute the same thing: same args, equal constants, same ops on same operands. */
    private static boolean same(Value mine, Value want) {
        if (want instanceof BlockArgument w) return mine instanceof BlockArgument m && m.index() == w.index();
        Operation m = mine.definingOp();
        Operation w = want.definingOp();
        if (m == null) return false;
        if (w.hasTrait(Trait.CONSTANT_LIKE)) {
            return m.hasTrait(Trait.CONSTANT_LIKE) && sameConstant(IntConstants.constantOf(mine),
                    IntConstants.constantOf(want));
        }
        if (!m.name().name().equals(w.name().name()) || m.numOperands() != w.numOperands()
                || ((jmlir.ir.OpResult) mine).index() != ((jmlir.ir.OpResult) want).index()
                || !java.util.Objects.equals(m.properties(), w.properties())
                || !mine.type().equals(want.type())) {
            return false;
        }
        for (int i = 0; i < m.numOperands(); i++) if (!same(m.operand(i), w.operand(i))) return false;
        return true;
    }
}
