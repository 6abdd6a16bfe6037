package jmlir.ir;

import org.junit.jupiter.api.Test;

import static jmlir.ir.EffectsTestDialect.parse;
import static jmlir.ir.EffectsTestDialect.tagged;
import static org.assertj.core.api.Assertions.assertThat;

/** Effects of ops and trivial deadness, by MLIR's rules. */
class SideEffectsTest {
    private static final String OPS = """
            "test.func"() ({
              %p = "fx.pure"() {tag = "pure"} : () -> i32
              %used = "fx.pure"() {tag = "used"} : () -> i32
              "fx.pure"(%used) {tag = "user"} : (i32) -> ()
              %r = "fx.read"() {tag = "read"} : () -> i32
              "fx.write"() {tag = "write"} : () -> ()
              %n = "fx.none"() {tag = "none"} : () -> i32
              %a = "fx.alloc"() {tag = "alloc"} : () -> i32
              %o = "fx.opaque"() {tag = "opaque"} : () -> i32
              %b = "fx.alloc_operand"(%o) {tag = "alloc_operand"} : (i32) -> i32
              %u = "other.op"() {tag = "unregistered"} : () -> i32
              "fx.sym"() {tag = "sym", sym_name = "s"} : () -> ()
              "fx.recursive"() ({
                "fx.pure"() : () -> ()
                "fx.read"() : () -> i32
                "fx.term"() : () -> ()
              }) {tag = "recursive_read"} : () -> ()
              "fx.recursive"() ({
                "fx.write"() : () -> ()
              }) {tag = "recursive_write"} : () -> ()
              "fx.recursive"() ({
                "fx.recursive"() ({
                  "fx.opaque"() : () -> ()
                }) : () -> ()
              }) {tag = "recursive_opaque"} : () -> ()
              "fx.recursive"() ({
                "fx.pure"() : () -> ()
              }) {tag = "recursive_pure"} : () -> ()
              "fx.pure_recursive"() ({
                "fx.write"() : () -> ()
              }) {tag = "pure_recursive_write"} : () -> ()
              "fx.pure"() ({
                "fx.write"() : () -> ()
              }) {tag = "pure_with_region"} : () -> ()
              "fx.term"() {tag = "term"} : () -> ()
            }) : () -> ()
            """;

    private final Operation root = parse(OPS);

    private boolean dead(String tag) {
        return SideEffects.isOpTriviallyDead(tagged(root, tag));
    }

    private boolean free(String tag) {
        return SideEffects.isMemoryEffectFree(tagged(root, tag));
    }

    @Test
    void unusedOpsWithoutEffectsOrOnlyReadsAreDead() {
        assertThat(dead("pure")).isTrue();
        assertThat(dead("none")).isTrue();
        assertThat(dead("read")).isTrue();
        assertThat(dead("used")).isFalse();
        assertThat(SideEffects.wouldOpBeTriviallyDead(tagged(root, "used"))).isTrue();
    }

    @Test
    void writesAndUnknownEffectsKeepAnOp() {
        assertThat(dead("write")).isFalse();
        assertThat(SideEffects.wouldOpBeTriviallyDead(tagged(root, "opaque"))).isFalse();
        assertThat(dead("unregistered")).isFalse();
    }

    @Test
    void effectsOnAnAllocatedResultMayBeDropped() {
        assertThat(dead("alloc")).isTrue();
        assertThat(dead("alloc_operand")).isFalse();
    }

    @Test
    void terminatorsAndSymbolsAreNeverDead() {
        assertThat(dead("term")).isFalse();
        assertThat(dead("sym")).isFalse();
    }

    @Test
    void recursiveEffectsAreThoseOfTheNestedOps() {
        assertThat(dead("recursive_read")).isTrue();
        assertThat(dead("recursive_pure")).isTrue();
        assertThat(dead("recursive_write")).isFalse();
        assertThat(dead("recursive_opaque")).isFalse();
        assertThat(dead("pure_recursive_write")).isFalse();
        // Without recursive effects, an op's own statement is all that counts.
        assertThat(dead("pure_with_region")).isTrue();
    }

    @Test
    void memoryEffectFreedom() {
        assertThat(free("pure")).isTrue();
        assertThat(free("none")).isTrue();
        assertThat(free("read")).isFalse();
        assertThat(free("opaque")).isFalse();
        assertThat(free("unregistered")).isFalse();
        assertThat(free("recursive_pure")).isTrue();
        assertThat(free("recursive_read")).isFalse();
        assertThat(free("pure_recursive_write")).isFalse();
        assertThat(free("pure_with_region")).isTrue();
    }

    @Test
    void effectsCollectedThroughRecursiveOps() {
        assertThat(SideEffects.effectsRecursively(tagged(root, "recursive_read")))
                .extracting(MemoryEffect::kind).containsExactly(MemoryEffect.Kind.READ);
        assertThat(SideEffects.effectsRecursively(tagged(root, "recursive_opaque"))).isNull();
        assertThat(SideEffects.effectsRecursively(tagged(root, "unregistered"))).isNull();
        assertThat(SideEffects.effectsRecursively(tagged(root, "pure"))).isEmpty();
    }

    @Test
    void singleKindOfEffect() {
        assertThat(SideEffects.hasOnlyEffect(tagged(root, "read"), MemoryEffect.Kind.READ)).isTrue();
        assertThat(SideEffects.hasOnlyEffect(tagged(root, "pure"), MemoryEffect.Kind.READ)).isFalse();
        assertThat(SideEffects.hasOnlyEffect(tagged(root, "alloc"), MemoryEffect.Kind.ALLOCATE)).isFalse();
        assertThat(SideEffects.hasEffect(tagged(root, "alloc"), MemoryEffect.Kind.WRITE)).isTrue();
        assertThat(SideEffects.hasEffect(tagged(root, "opaque"), MemoryEffect.Kind.WRITE)).isFalse();
    }
}
