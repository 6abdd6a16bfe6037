package jmlir.ir;

import org.junit.jupiter.api.Test;

import static jmlir.ir.EffectsTestDialect.parse;
import static jmlir.ir.EffectsTestDialect.tagged;
import static org.assertj.core.api.Assertions.assertThat;

/** Dominance across blocks, nested regions and graph regions. */
class DominanceInfoTest {
    private final DominanceInfo dom = new DominanceInfo();

    /** A diamond (entry, then, else, join) plus a block no branch reaches. */
    private static final String CFG = """
            "fx.pure"() ({
            ^entry(%arg: i32):
              %a = "fx.pure"() {tag = "a"} : () -> i32
              "test.br"()[^then, ^else] {tag = "branch"} : () -> ()
            ^then:
              %t = "fx.pure"(%a) {tag = "t"} : (i32) -> i32
              "test.br"()[^join] : () -> ()
            ^else:
              %e = "fx.pure"(%arg) {tag = "e"} : (i32) -> i32
              "test.br"()[^join] : () -> ()
            ^join:
              %j = "fx.pure"() ({
                %n = "fx.pure"(%a) {tag = "nested"} : (i32) -> i32
                "fx.term"() : () -> ()
              }) {tag = "j"} : () -> i32
              "fx.term"() {tag = "end"} : () -> ()
            ^dead:
              %d = "fx.pure"() {tag = "d"} : () -> i32
              "test.br"()[^join] : () -> ()
            }) {tag = "holder"} : () -> ()
            """;

    private final Operation cfg = parse(CFG);

    private Operation op(String tag) {
        return tagged(cfg, tag);
    }

    @Test
    void opsInOneBlockDominateTheOpsAfterThem() {
        assertThat(dom.properlyDominates(op("a"), op("branch"))).isTrue();
        assertThat(dom.properlyDominates(op("branch"), op("a"))).isFalse();
        assertThat(dom.properlyDominates(op("a"), op("a"))).isFalse();
        assertThat(dom.dominates(op("a"), op("a"))).isTrue();
    }

    @Test
    void blocksDominateThroughTheDominatorTree() {
        assertThat(dom.properlyDominates(op("a"), op("t"))).isTrue();
        assertThat(dom.properlyDominates(op("a"), op("end"))).isTrue();
        assertThat(dom.properlyDominates(op("t"), op("end"))).isFalse();
        assertThat(dom.properlyDominates(op("e"), op("t"))).isFalse();
        assertThat(dom.nearestCommonDominator(op("t").block(), op("e").block())).isSameAs(op("a").block());
        assertThat(dom.nearestCommonDominator(op("nested").block(), op("e").block())).isSameAs(op("a").block());
    }

    @Test
    void unreachableBlocksAreDominatedByAllAndDominateNothing() {
        Block dead = op("d").block();
        assertThat(dom.isReachableFromEntry(dead)).isFalse();
        assertThat(dom.isReachableFromEntry(op("t").block())).isTrue();
        assertThat(dom.properlyDominates(op("t"), op("d"))).isTrue();
        assertThat(dom.properlyDominates(op("d"), op("end"))).isFalse();
    }

    @Test
    void anOpDominatesWhatItEnclosesButItsResultsDoNot() {
        assertThat(dom.properlyDominates(op("j"), op("nested"))).isTrue();
        assertThat(dom.properlyDominates(op("j"), op("nested"), false)).isFalse();
        assertThat(dom.properlyDominates(op("j").result(0), op("nested"))).isFalse();
        assertThat(dom.properlyDominates(op("a").result(0), op("nested"))).isTrue();
        assertThat(dom.properlyDominates(op("nested"), op("end"))).isFalse();
        assertThat(dom.properlyDominates(op("nested").result(0), op("end"))).isFalse();
    }

    @Test
    void blockArgumentsDominateTheirBlockAndTheBlocksItDominates() {
        Value arg = op("a").block().argument(0);
        assertThat(dom.properlyDominates(arg, op("a"))).isTrue();
        assertThat(dom.properlyDominates(arg, op("nested"))).isTrue();
        assertThat(dom.dominates(op("a").block(), op("nested").block())).isTrue();
        assertThat(dom.properlyDominates(op("nested").block(), op("a").block())).isFalse();
    }

    @Test
    void dominatorTreeChildren() {
        DominatorTree tree = dom.tree(op("holder").region(0));
        Block entry = op("a").block();
        assertThat(tree.root()).isSameAs(entry);
        assertThat(tree.children(entry)).containsExactlyInAnyOrder(op("t").block(), op("e").block(), op("j").block());
        assertThat(tree.children(op("t").block())).isEmpty();
        assertThat(tree.immediateDominator(op("j").block())).isSameAs(entry);
    }

    @Test
    void inGraphRegionsEverythingInTheBlockDominates() {
        Operation root = parse("""
                "test.top"() ({
                  "fx.graph"() ({
                    %x = "fx.pure"(%y) {tag = "gx"} : (i32) -> i32
                    %y = "fx.pure"() {tag = "gy"} : () -> i32
                  }) : () -> ()
                  "unknown.op"() ({
                    %u = "fx.pure"(%v) {tag = "ux"} : (i32) -> i32
                    %v = "fx.pure"() {tag = "uy"} : () -> i32
                  }) : () -> ()
                  "fx.pure"() ({
                    %s = "fx.pure"() {tag = "sx"} : () -> i32
                    %t = "fx.pure"() {tag = "sy"} : () -> i32
                    "fx.term"() : () -> ()
                  }) : () -> ()
                }) : () -> ()
                """);
        assertThat(dom.properlyDominates(tagged(root, "gy").result(0), tagged(root, "gx"))).isTrue();
        assertThat(dom.properlyDominates(tagged(root, "gx"), tagged(root, "gx"))).isTrue();
        assertThat(dom.properlyDominates(tagged(root, "uy").result(0), tagged(root, "ux"))).isTrue();
        assertThat(dom.properlyDominates(tagged(root, "sy"), tagged(root, "sx"))).isFalse();
        assertThat(DominanceInfo.hasSsaDominance(tagged(root, "gx").parentRegion())).isFalse();
        assertThat(DominanceInfo.hasSsaDominance(tagged(root, "sx").parentRegion())).isTrue();
    }

    @Test
    void valuesInUnrelatedRegionsDoNotDominate() {
        Operation root = parse("""
                "test.top"() ({
                  "fx.pure"() ({
                    %a = "fx.pure"() {tag = "left"} : () -> i32
                    "fx.term"() : () -> ()
                  }) : () -> ()
                  "fx.pure"() ({
                    "fx.pure"() {tag = "right"} : () -> ()
                    "fx.term"() : () -> ()
                  }) : () -> ()
                }) : () -> ()
                """);
        assertThat(dom.properlyDominates(tagged(root, "left").result(0), tagged(root, "right"))).isFalse();
        assertThat(dom.properlyDominates(tagged(root, "left"), tagged(root, "right"))).isFalse();
        assertThat(dom.nearestCommonDominator(tagged(root, "left").block(), tagged(root, "right").block()))
                .isSameAs(tagged(root, "left").parentOp().block());
    }
}
