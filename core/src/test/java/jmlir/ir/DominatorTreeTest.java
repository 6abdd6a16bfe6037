package jmlir.ir;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static jmlir.ir.EffectsTestDialect.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The dominator tree against dominance computed by definition, on seeded random CFGs. */
class DominatorTreeTest {
    /** A region of {@code n} blocks, each branching to up to three random blocks (or ending). */
    private static Region randomCfg(Random random, int n) {
        StringBuilder text = new StringBuilder("\"fx.pure\"() ({\n");
        for (int b = 0; b < n; b++) {
            text.append("^b").append(b).append(":\n");
            int successors = random.nextInt(4);
            if (successors == 0) {
                text.append("  \"fx.term\"() : () -> ()\n");
                continue;
            }
            text.append("  \"test.br\"()[");
            for (int s = 0; s < successors; s++) {
                if (s > 0) text.append(", ");
                // Mostly forward edges, some back edges: loops, irreducible parts, unreachable blocks.
                int target = random.nextInt(4) == 0 ? random.nextInt(n) : Math.min(n - 1, b + 1 + random.nextInt(3));
                text.append("^b").append(target);
            }
            text.append("] : () -> ()\n");
        }
        text.append("}) : () -> ()\n");
        Operation module = parse(text.toString());
        return module.region(0).entryBlock().first().region(0);
    }

    /** The blocks reachable from the entry without passing through {@code removed}. */
    private static Set<Block> reachableAvoiding(Region region, Block removed) {
        Set<Block> seen = new HashSet<>();
        ArrayDeque<Block> work = new ArrayDeque<>();
        Block entry = region.entryBlock();
        if (entry == removed) return seen;
        seen.add(entry);
        work.push(entry);
        while (!work.isEmpty()) {
            Operation term = work.pop().last();
            for (int s = 0; s < term.numSuccessors(); s++) {
                Block next = term.successor(s);
                if (next != removed && seen.add(next)) work.push(next);
            }
        }
        return seen;
    }

    @Test
    void dominanceMatchesItsDefinition() {
        Random random = new Random(20260521);
        for (int round = 0; round < 200; round++) {
            Region region = randomCfg(random, 2 + random.nextInt(14));
            DominatorTree tree = new DominatorTree(region);
            Set<Block> reachable = reachableAvoiding(region, null);
            List<Block> blocks = region.blocks();
            for (Block a : blocks) {
                Set<Block> withoutA = reachableAvoiding(region, a);
                for (Block b : blocks) {
                    // a dominates reachable b when every path from the entry to b passes a.
                    boolean expected = a == b || !reachable.contains(b) || (reachable.contains(a) && !withoutA.contains(b));
                    assertThat(tree.dominates(a, b)).as("round %d: ^b%d dominates ^b%d", round,
                            blocks.indexOf(a), blocks.indexOf(b)).isEqualTo(expected);
                }
            }
            for (Block b : blocks) {
                Block idom = tree.immediateDominator(b);
                if (!reachable.contains(b) || b == region.entryBlock()) {
                    assertThat(idom).isNull();
                    continue;
                }
                // The immediate dominator is the strict dominator every other strict dominator dominates.
                assertThat(tree.properlyDominates(idom, b)).isTrue();
                for (Block d : blocks) {
                    if (reachable.contains(d) && tree.properlyDominates(d, b)) assertThat(tree.dominates(d, idom)).isTrue();
                }
            }
        }
    }
}
