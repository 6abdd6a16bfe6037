package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about branch ops, answered from their definition's {@link OpDef.BranchSpec} (MLIR's
 * BranchOpInterface): which of their operands become the arguments of each successor block.
 */
public final class BranchOpInterface {
    private BranchOpInterface() {
    }

    /**
     * The operands a branch forwards to one successor, in the order of the successor's
     * arguments: a window onto the branch's operands that stays valid as they are erased.
     */
    public static final class SuccessorOperands {
        private final Operation op;
        private final int successor;
        private final int segment;
        private int start;
        private int size;

        private SuccessorOperands(Operation op, int successor, int segment, int start, int size) {
            this.op = op;
            this.successor = successor;
            this.segment = segment;
            this.start = start;
            this.size = size;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        /** The value forwarded to the successor's argument {@code i}. */
        public Value get(int i) {
            return op.operand(operandIndex(i));
        }

        /** The index among the branch's operands of the value forwarded to argument {@code i}. */
        public int operandIndex(int i) {
            java.util.Objects.checkIndex(i, size);
            return start + i;
        }

        /** The forwarded values. */
        public List<Value> values() {
            List<Value> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) values.add(get(i));
            return values;
        }

        /**
         * Erases the value forwarded to argument {@code i} from the branch's operands (and from
         * its {@code operandSegmentSizes} when it has one).
         */
        public void erase(int i) {
            op.eraseOperand(operandIndex(i));
            size--;
            resized(-1);
        }

        /** Appends {@code values} to the forwarded operands (and to the branch's operands). */
        public void append(List<Value> values) {
            if (values.isEmpty()) return;
            List<Value> all = new ArrayList<>(op.numOperands() + values.size());
            for (int k = 0; k < op.numOperands(); k++) all.add(op.operand(k));
            all.addAll(start + size, values);
            op.setOperands(all);
            size += values.size();
            resized(values.size());
        }

        private void resized(int delta) {
            OpDef.ForwardedOperands custom = spec(op).custom();
            if (custom != null) custom.resized(op, successor, delta);
            else if (segment >= 0 && op.hasTrait(Trait.ATTR_SIZED_OPERAND_SEGMENTS)) resizeSegment(op, segment, delta);
        }

        private static void resizeSegment(Operation op, int segment, int delta) {
            if (!(op.properties() instanceof DictionaryAttr props)
                    || !(props.get("operandSegmentSizes") instanceof DenseArrayAttr sizes)) {
                return;
            }
            long[] values = sizes.values().clone();
            values[segment] += delta;
            List<NamedAttribute> entries = new ArrayList<>(props.entries());
            entries.replaceAll(a -> a.name().equals("operandSegmentSizes")
                    ? new NamedAttribute(a.name(), new DenseArrayAttr(sizes.elementType(), values)) : a);
            op.setProperties(DictionaryAttr.sorted(entries));
        }
    }

    /** Whether the op is a branch op (its registered definition has a branch spec). */
    public static boolean isBranch(Operation op) {
        return spec(op) != null;
    }

    /** The operands {@code op} forwards to successor {@code successor}; null when it is no branch op. */
    public static SuccessorOperands successorOperands(Operation op, int successor) {
        OpDef.BranchSpec spec = spec(op);
        if (spec == null) return null;
        java.util.Objects.checkIndex(successor, op.numSuccessors());
        if (spec.custom() != null) {
            int[] range = spec.custom().range(op, successor);
            return new SuccessorOperands(op, successor, -1, range[0], range[1]);
        }
        String name = successor < spec.forwarded().size() ? spec.forwarded().get(successor) : null;
        OpDef def = op.name().definition();
        int segment = name == null ? -1 : def.operandIndex(name);
        if (segment < 0) return new SuccessorOperands(op, successor, -1, op.numOperands(), 0);
        int[] segments = def.operandSegments(op);
        return new SuccessorOperands(op, successor, segment, segments[2 * segment], segments[2 * segment + 1]);
    }

    /**
     * The successor block argument that operand {@code operandIndex} of the branch {@code op}
     * is forwarded to, or null when it is forwarded to none (or {@code op} is no branch op).
     */
    public static BlockArgument successorBlockArgument(Operation op, int operandIndex) {
        if (spec(op) == null) return null;
        for (int s = 0; s < op.numSuccessors(); s++) {
            SuccessorOperands forwarded = successorOperands(op, s);
            int at = operandIndex - forwarded.start;
            if (at >= 0 && at < forwarded.size()) {
                Block block = op.successor(s);
                return at < block.numArguments() ? block.argument(at) : null;
            }
        }
        return null;
    }

    /**
     * MLIR's check of branch ops: each successor gets as many forwarded operands as it has
     * arguments, of the same types. Returns the message (reported without the op prefix), or null.
     */
    static String verify(Operation op) {
        for (int s = 0; s < op.numSuccessors(); s++) {
            SuccessorOperands forwarded = successorOperands(op, s);
            Block block = op.successor(s);
            if (block == null) continue;
            if (forwarded.size() != block.numArguments()) {
                return "branch has " + forwarded.size() + " operands for successor #" + s
                        + ", but target block has " + block.numArguments();
            }
            for (int i = 0; i < forwarded.size(); i++) {
                if (!forwarded.get(i).type().equals(block.argument(i).type())) {
                    return "type mismatch for bb argument #" + i + " of successor #" + s;
                }
            }
        }
        return null;
    }

    private static OpDef.BranchSpec spec(Operation op) {
        OpDef def = op.name().definition();
        return def == null ? null : def.branch();
    }
}
