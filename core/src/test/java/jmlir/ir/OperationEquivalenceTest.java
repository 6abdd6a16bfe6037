package jmlir.ir;

import org.junit.jupiter.api.Test;

import static jmlir.ir.EffectsTestDialect.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Equivalence of ops as CSE sees it. */
class OperationEquivalenceTest {
    /** The ops of the function body, named in order. */
    private static final java.util.List<String> NAMES = java.util.List.of("ab", "ba", "pab", "pba", "i64", "prop1", "prop2", "prop1b", "r1", "r2", "r3", "r4", "r5");

    private static Operation op(Operation root, String name) {
        Operation op = root.region(0).entryBlock().first().region(0).entryBlock().first();
        for (int i = NAMES.indexOf(name); i > 0; i--) op = op.nextInBlock();
        return op;
    }

    private static boolean same(Operation root, String a, String b) {
        Operation x = op(root, a);
        Operation y = op(root, b);
        boolean equivalent = OperationEquivalence.isEquivalentIgnoringLocations(x, y);
        if (equivalent) {
            assertThat(OperationEquivalence.hashIgnoringLocations(x))
                    .isEqualTo(OperationEquivalence.hashIgnoringLocations(y));
        }
        return equivalent;
    }

    private static final String OPS = """
            "test.func"() ({
            ^bb0(%a: i32, %b: i32):
              %0 = "fx.comm"(%a, %b) : (i32, i32) -> i32
              %1 = "fx.comm"(%b, %a) : (i32, i32) -> i32
              %2 = "fx.pure"(%a, %b) : (i32, i32) -> i32
              %3 = "fx.pure"(%b, %a) : (i32, i32) -> i32
              %4 = "fx.pure"(%a, %b) : (i32, i32) -> i64
              %5 = "other.op"(%a, %b) <{p = 1}> : (i32, i32) -> i32
              %6 = "other.op"(%a, %b) <{p = 2}> : (i32, i32) -> i32
              %7 = "other.op"(%a, %b) <{p = 1}> : (i32, i32) -> i32 loc("elsewhere.mlir":1:1)
              %8 = "fx.pure"() ({
              ^bb0(%x: i32):
                %y = "fx.comm"(%x, %a) : (i32, i32) -> i32
                "fx.term"(%y) : (i32) -> ()
              }) : () -> i32
              %9 = "fx.pure"() ({
              ^bb0(%x: i32):
                %y = "fx.comm"(%x, %a) : (i32, i32) -> i32
                "fx.term"(%y) : (i32) -> ()
              }) : () -> i32
              %10 = "fx.pure"() ({
              ^bb0(%x: i32):
                %y = "fx.comm"(%a, %x) : (i32, i32) -> i32
                "fx.term"(%y) : (i32) -> ()
              }) : () -> i32
              %11 = "fx.pure"() ({
              ^bb0(%x: i64):
                "fx.term"() : () -> ()
              }) : () -> i32
              %12 = "fx.pure"() ({
              ^bb0(%x: i32):
                "fx.term"() : () -> ()
              }) : () -> i32
              "fx.term"() : () -> ()
            }) : () -> ()
            """;

    private final Operation root = parse(OPS);

    @Test
    void commutativeOperandsMayComeInAnyOrder() {
        assertThat(same(root, "ab", "ba")).isTrue();
        assertThat(same(root, "pab", "pba")).isFalse();
    }

    @Test
    void resultTypesAndPropertiesCountButLocationsDoNot() {
        assertThat(same(root, "pab", "i64")).isFalse();
        assertThat(same(root, "prop1", "prop2")).isFalse();
        assertThat(same(root, "prop1", "prop1b")).isTrue();
        assertThat(OperationEquivalence.isEquivalent(op(root, "prop1"), op(root, "prop1b"), false)).isFalse();
    }

    @Test
    void regionsCompareByStructureWithCommutativeOperandsInOrder() {
        assertThat(same(root, "r1", "r2")).isTrue();
        assertThat(same(root, "r1", "r3")).isFalse();
        assertThat(same(root, "r4", "r5")).isFalse();
        assertThat(same(root, "r1", "r5")).isFalse();
    }
}
