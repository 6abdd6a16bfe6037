package jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two operations compute the same thing, as MLIR's OperationEquivalence decides it:
 * same name, properties, discardable attributes, result types and operands, and structurally
 * equal regions, where values defined inside the two ops' regions correspond by position. The
 * operands of the two ops compared may come in any order when they are commutative; inside
 * their regions, as in MLIR, operands must match in order.
 */
public final class OperationEquivalence {
    /** Values of the left-hand op's regions, mapped to their counterparts on the right. */
    private final Map<Value, Value> equivalentValues = new IdentityHashMap<>();
    private final boolean ignoreLocations;

    private OperationEquivalence(boolean ignoreLocations) {
        this.ignoreLocations = ignoreLocations;
    }

    /** Whether the ops are equivalent, their locations (and those of nested IR) disregarded. */
    public static boolean isEquivalentIgnoringLocations(Operation lhs, Operation rhs) {
        return isEquivalent(lhs, rhs, true);
    }

    public static boolean isEquivalent(Operation lhs, Operation rhs, boolean ignoreLocations) {
        return new OperationEquivalence(ignoreLocations).equivalent(lhs, rhs, true);
    }

    /**
     * A hash agreeing with {@link #isEquivalentIgnoringLocations} for ops whose operands are
     * the same values: name, discardable attributes, result types, properties and operands
     * (unordered for commutative ops); regions are not hashed.
     */
    public static int hashIgnoringLocations(Operation op) {
        int h = op.name().name().hashCode();
        h = 31 * h + op.attributes().hashCode();
        for (int i = 0; i < op.numResults(); i++) h = 31 * h + op.result(i).type().hashCode();
        h = 31 * h + Objects.hashCode(op.properties());
        int n = op.numOperands();
        if (n > 1 && op.hasTrait(Trait.COMMUTATIVE)) {
            int[] hashes = new int[n];
            for (int i = 0; i < n; i++) hashes[i] = System.identityHashCode(op.operand(i));
            Arrays.sort(hashes);
            for (int x : hashes) h = 31 * h + x;
        } else {
            for (int i = 0; i < n; i++) h = 31 * h + System.identityHashCode(op.operand(i));
        }
        return h;
    }

    /**
     * Whether two ops agree in what is their own, apart from operands, results and regions: name,
     * discardable attributes, properties, and the numbers of regions, successors, operands and
     * results.
     */
    public static boolean sameOwnParts(Operation lhs, Operation rhs) {
        return (lhs.name() == rhs.name() || lhs.name().name().equals(rhs.name().name()))
                && lhs.attributes().equals(rhs.attributes())
                && lhs.numRegions() == rhs.numRegions()
                && lhs.numSuccessors() == rhs.numSuccessors()
                && lhs.numOperands() == rhs.numOperands()
                && lhs.numResults() == rhs.numResults()
                && Objects.equals(lhs.properties(), rhs.properties());
    }

    /** {@code anyOrder}: whether commutative operands may be permuted (only for the outermost ops). */
    private boolean equivalent(Operation lhs, Operation rhs, boolean anyOrder) {
        if (lhs == rhs) return true;
        if (!sameOwnParts(lhs, rhs)) return false;
        if (!ignoreLocations && !lhs.location().equals(rhs.location())) return false;
        if (!operandsEquivalent(lhs, rhs, anyOrder)) return false;
        for (int i = 0; i < lhs.numResults(); i++) {
            if (!lhs.result(i).type().equals(rhs.result(i).type())) return false;
            equivalentValues.put(lhs.result(i), rhs.result(i));
        }
        for (int i = 0; i < lhs.numRegions(); i++) {
            if (!regionsEquivalent(lhs.region(i), rhs.region(i))) return false;
        }
        return true;
    }

    /** The value on the right that {@code v} stands for: its counterpart when defined inside the compared IR, else itself. */
    private Value counterpart(Value v) {
        Value mapped = equivalentValues.get(v);
        return mapped == null ? v : mapped;
    }

    private boolean operandsEquivalent(Operation lhs, Operation rhs, boolean anyOrder) {
        int n = lhs.numOperands();
        if (anyOrder && n > 1 && lhs.hasTrait(Trait.COMMUTATIVE)) {
            // The operands must match as multisets: take each left operand's counterpart out of the right ones.
            List<Value> remaining = new ArrayList<>(n);
            for (int i = 0; i < n; i++) remaining.add(rhs.operand(i));
            for (int i = 0; i < n; i++) {
                Value want = counterpart(lhs.operand(i));
                boolean found = false;
                for (int j = 0; j < remaining.size(); j++) {
                    if (remaining.get(j) == want || remaining.get(j) == lhs.operand(i)) {
                        remaining.remove(j);
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            Value l = lhs.operand(i);
            Value r = rhs.operand(i);
            if (l != r && counterpart(l) != r) return false;
        }
        return true;
    }

    private boolean regionsEquivalent(Region lhs, Region rhs) {
        List<Block> lBlocks = lhs.blocks();
        List<Block> rBlocks = rhs.blocks();
        if (lBlocks.size() != rBlocks.size()) return false;
        Map<Block, Block> blocks = new IdentityHashMap<>();
        for (int b = 0; b < lBlocks.size(); b++) {
            Block l = lBlocks.get(b);
            Block r = rBlocks.get(b);
            if (l.numArguments() != r.numArguments()) return false;
            if (blocks.putIfAbsent(l, r) instanceof Block mapped && mapped != r) return false;
            for (int i = 0; i < l.numArguments(); i++) {
                BlockArgument la = l.argument(i);
                BlockArgument ra = r.argument(i);
                if (!la.type().equals(ra.type())) return false;
                if (!ignoreLocations && !la.location().equals(ra.location())) return false;
                equivalentValues.put(la, ra);
            }
            if (l.size() != r.size()) return false;
            for (Operation lo = l.first(), ro = r.first(); lo != null; lo = lo.nextInBlock(), ro = ro.nextInBlock()) {
                if (!equivalent(lo, ro, false)) return false;
                for (int s = 0; s < lo.numSuccessors(); s++) {
                    if (blocks.putIfAbsent(lo.successor(s), ro.successor(s)) instanceof Block mapped
                            && mapped != ro.successor(s)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
