package jmlir.ir;

import java.util.List;

/**
 * The checks an op's definition implies (counts of operands, results, regions and successors;
 * required attributes and attribute, operand and result constraints), then the definition's own
 * verifiers. Messages are mlir-opt's, prefixed with {@code 'name' op}.
 */
final class OpVerification {
    private OpVerification() {
    }

    /** The error for an unregistered op of a registered dialect (which allows no unknown ops), or null. */
    static Diagnostic verifyUnregistered(Operation op) {
        OperationName name = op.name();
        if (name.isRegistered() || !name.inRegisteredDialect() || name.dialect().allowsUnknownOperations()) return null;
        return Diagnostic.error(op, "unregistered operation '" + name.name() + "' found in dialect ('"
                + name.dialectNamespace() + "') that does not allow unknown operations");
    }

    /** The invariants of a registered op: its definition's constraints, traits and verifiers. */
    static Diagnostic verify(Operation op) {
        OperationName name = op.name();
        OpDef def = name.definition();
        if (def.ownVerifier() != null) return def.ownVerifier().apply(op);
        String message = structure(op, def);
        if (message == null) message = attributes(op, def);
        if (message == null) message = values(op, def, true);
        if (message == null) message = values(op, def, false);
        if (message == null) message = regionSizes(op, def);
        if (message == null) message = typeRelations(op, def);
        if (message == null) message = typeTraits(op, def);
        if (message == null) message = traits(op, def);
        if (message != null) return Diagnostic.opError(op, message);
        if (def.branch() != null) {
            String branch = BranchOpInterface.verify(op);
            if (branch != null) return Diagnostic.error(op, branch);
        }
        List<OpDef.Check> verifiers = def.verifiers();
        for (int i = 0; i < verifiers.size(); i++) { // indexed: no iterator per op
            Diagnostic d = verifiers.get(i).check(op);
            if (d != null) return d;
        }
        return null;
    }

    /** The checks of the op's parent constraint and traits, in the order MLIR runs them. */
    private static String traits(Operation op, OpDef def) {
        List<String> parents = def.parents();
        if (!parents.isEmpty()) {
            Operation parent = op.parentOp();
            if (parent == null || !parents.contains(parent.name().name())) {
                return parents.size() == 1 ? "expects parent op '" + parents.getFirst() + "'"
                        : "expects parent op to be one of '" + String.join(", ", parents) + "'";
            }
        }
        if (def.hasTrait(Trait.TERMINATOR) && (op.block() == null || op.block().last() != op)) {
            return "must be the last operation in the parent block";
        }
        if (def.hasTrait(Trait.SYMBOL)) return SymbolTable.verifySymbol(op);
        return null;
    }

    private static String structure(Operation op, OpDef def) {
        // Indexed loops here and below: this runs for every op, and a list iterator is an allocation.
        List<OpDef.RegionSpec> regionSpecs = def.regions();
        boolean variadicRegions = false;
        for (int i = 0; i < regionSpecs.size(); i++) variadicRegions |= regionSpecs.get(i).variadic();
        int regions = regionSpecs.size();
        if (!variadicRegions && op.numRegions() != regions) {
            return switch (regions) {
                case 0 -> "requires zero regions";
                case 1 -> "requires one region";
                default -> "expected " + regions + " regions";
            };
        }
        String results = count("result", def.results(), op.numResults());
        if (results != null) return results;
        List<OpDef.SuccessorSpec> successorSpecs = def.successors();
        boolean variadicSuccessors = false;
        for (int i = 0; i < successorSpecs.size(); i++) variadicSuccessors |= successorSpecs.get(i).variadic();
        int successors = successorSpecs.size();
        if (!variadicSuccessors && op.numSuccessors() != successors) {
            return "requires " + successors + " successor" + (successors == 1 ? "" : "s") + " but found "
                    + op.numSuccessors();
        }
        String operands = count("operand", def.operands(), op.numOperands());
        if (operands != null) return operands;
        if (def.hasTrait(Trait.SINGLE_BLOCK)) {
            for (int i = 0; i < op.numRegions(); i++) {
                Region region = op.region(i);
                if (region.blocks().size() > 1) return "expects region #" + i + " to have 0 or 1 blocks";
                if (!def.hasTrait(Trait.NO_TERMINATOR) && !region.isEmpty() && region.entryBlock().isEmpty()) {
                    return "expects a non-empty block";
                }
            }
        }
        return null;
    }

    /** The count check of ODS for operands or results: exact, or a minimum with optional/variadic ones. */
    private static String count(String what, List<OpDef.ValueSpec> specs, int actual) {
        int fixed = 0;
        boolean open = false;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).arity() == OpDef.Arity.SINGLE) fixed++;
            else open = true;
        }
        if (open) {
            return actual >= fixed ? null
                    : "expected " + fixed + " or more " + what + "s, but found " + actual;
        }
        if (actual == fixed) return null;
        return switch (fixed) {
            case 0 -> "requires zero " + what + "s";
            case 1 -> what.equals("operand") ? "requires a single operand" : "requires one result";
            default -> "expected " + fixed + " " + what + "s, but found " + actual;
        };
    }

    private static String regionSizes(Operation op, OpDef def) {
        for (int i = 0; i < def.regions().size() && i < op.numRegions(); i++) {
            OpDef.RegionSpec spec = def.regions().get(i);
            if (spec.variadic()) break;
            if (spec.blocks() >= 0 && op.region(i).blocks().size() != spec.blocks()) {
                String named = spec.name().isEmpty() ? "" : " ('" + spec.name() + "')";
                return "region #" + i + named + " failed to verify constraint: region with "
                        + spec.blocks() + " blocks";
            }
        }
        return null;
    }

    private static String attributes(Operation op, OpDef def) {
        DictionaryAttr props = op.properties() instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
        List<OpDef.AttrSpec> specs = def.attributes();
        for (int i = 0; i < specs.size(); i++) {
            OpDef.AttrSpec spec = specs.get(i);
            Attribute value = spec.property() ? props.get(spec.name()) : op.attribute(spec.name());
            if (value == null) {
                if (!spec.optional() && spec.defaultValue() == null) return "requires attribute '" + spec.name() + "'";
                continue;
            }
            if (!spec.constraint().accepts(value)) {
                return "attribute '" + spec.name() + "' failed to satisfy constraint: " + spec.constraint().description();
            }
        }
        return null;
    }

    /** AllTypesMatch and TypesMatchWith, in declaration order. */
    private static String typeRelations(Operation op, OpDef def) {
        List<OpDef.TypeRelation> relations = def.typeRelations();
        for (int i = 0; i < relations.size(); i++) {
            OpDef.TypeRelation relation = relations.get(i);
            if (relation instanceof OpDef.AllTypesMatch m) {
                Type first = null;
                boolean same = true;
                for (int k = 0; k < m.names().size(); k++) {
                    Type t = namedType(op, def, m.names().get(k));
                    if (t == null) continue;
                    if (first == null) first = t;
                    else if (!first.equals(t)) same = false;
                }
                if (!same) return "failed to verify that all of {" + String.join(", ", m.names()) + "} have same type";
            } else if (relation instanceof OpDef.TypesMatchWith w) {
                Type lhs = namedType(op, def, w.lhs());
                Type rhs = namedType(op, def, w.rhs());
                if (lhs != null && rhs != null && !rhs.equals(w.transform().apply(lhs))) {
                    return "failed to verify that " + w.summary();
                }
            }
        }
        return null;
    }

    /** The type of a single operand or result, or of a typed attribute, by name; null otherwise. */
    private static Type namedType(Operation op, OpDef def, String name) {
        int o = def.operandIndex(name);
        if (o >= 0) {
            if (def.operands().get(o).arity() != OpDef.Arity.SINGLE) return null;
            if (allSingle(def.operands())) return o < op.numOperands() ? op.operand(o).type() : null;
            int[] seg = def.operandSegments(op);
            return seg[2 * o + 1] == 1 ? op.operand(seg[2 * o]).type() : null;
        }
        int r = def.resultIndex(name);
        if (r >= 0) {
            if (def.results().get(r).arity() != OpDef.Arity.SINGLE) return null;
            if (allSingle(def.results())) return r < op.numResults() ? op.result(r).type() : null;
            int[] seg = def.resultSegments(op);
            return seg[2 * r + 1] == 1 ? op.result(seg[2 * r]).type() : null;
        }
        int a = def.attributeIndex(name);
        if (a >= 0) {
            OpDef.AttrSpec spec = def.attributes().get(a);
            Attribute value = spec.property() && op.properties() instanceof DictionaryAttr d ? d.get(name)
                    : op.attribute(name);
            return value == null ? null : TypedAttributes.typeOf(value);
        }
        return null;
    }

    /** SameOperandsAndResultType (shapes may differ where one is dynamic) and SameTypeOperands. */
    private static String typeTraits(Operation op, OpDef def) {
        if (def.hasTrait(Trait.SAME_OPERANDS_AND_RESULT_TYPE) && op.numResults() > 0) {
            Type type = op.result(0).type();
            for (int i = 1; i < op.numResults(); i++) {
                if (!compatible(op.result(i).type(), type)) return "requires the same type for all operands and results";
            }
            for (int i = 0; i < op.numOperands(); i++) {
                if (!compatible(op.operand(i).type(), type)) return "requires the same type for all operands and results";
            }
        }
        if (def.hasTrait(Trait.SAME_OPERANDS_SHAPE)) {
            if (op.numOperands() < 1) return "expected 1 or more operands, but found 0";
            List<Type> types = new java.util.ArrayList<>();
            for (int i = 0; i < op.numOperands(); i++) types.add(op.operand(i).type());
            if (!ShapedType.compatibleShapes(types)) return "requires the same shape for all operands";
        }
        if (def.hasTrait(Trait.SAME_OPERANDS_AND_RESULT_SHAPE)) {
            if (op.numOperands() < 1) return "expected 1 or more operands, but found 0";
            if (op.numResults() < 1) return "expected 1 or more results";
            List<Type> types = new java.util.ArrayList<>();
            for (int i = 0; i < op.numOperands(); i++) types.add(op.operand(i).type());
            for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
            if (!ShapedType.compatibleShapes(types)) return "requires the same shape for all operands and results";
        }
        if (def.hasTrait(Trait.SAME_TYPE_OPERANDS) && op.numOperands() > 0) {
            Type type = op.operand(0).type();
            for (int i = 1; i < op.numOperands(); i++) {
                if (!op.operand(i).type().equals(type)) return "requires all operands to have the same type";
            }
        }
        return null;
    }

    /** Same element type, and shapes that agree wherever both are known. */
    private static boolean compatible(Type a, Type b) {
        if (a.equals(b)) return true;
        if (!(a instanceof ShapedType sa) || !(b instanceof ShapedType sb)) return false;
        if (!a.getClass().equals(b.getClass()) && !(isTensor(a) && isTensor(b))) return false;
        if (!sa.elementType().equals(sb.elementType())) return false;
        if (!sa.hasRank() || !sb.hasRank()) return true;
        long[] x = sa.shape();
        long[] y = sb.shape();
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i] && x[i] != ShapedType.DYNAMIC && y[i] != ShapedType.DYNAMIC) return false;
        }
        return true;
    }

    private static boolean isTensor(Type t) {
        return t instanceof RankedTensorType || t instanceof UnrankedTensorType;
    }

    /**
     * The type constraints of the operands (or results), in order, numbering values as ODS does
     * (one count over all of them). Variadic values are checked too once the segments are known:
     * when the op has no more than one variadic or optional spec, or sizes them by a property.
     */
    private static String values(Operation op, OpDef def, boolean operands) {
        List<OpDef.ValueSpec> specs = operands ? def.operands() : def.results();
        int count = operands ? op.numOperands() : op.numResults();
        String what = operands ? "operand" : "result";
        String total = segmentTotal(op, def, operands, count);
        if (total != null) return total;
        boolean segmentsKnown = segmentsKnown(op, specs, operands);
        // With single values only, value i is spec i: no segments needed (nor an array per op).
        int[] segments = segmentsKnown && !allSingle(specs)
                ? (operands ? def.operandSegments(op) : def.resultSegments(op)) : null;
        int index = 0;
        for (int i = 0; i < specs.size() && index < count; i++) {
            OpDef.ValueSpec spec = specs.get(i);
            if (spec.arity() != OpDef.Arity.SINGLE && segments == null) break;
            int size = segments == null ? 1 : segments[2 * i + 1];
            String prefix = spec.arity() == OpDef.Arity.VARIADIC ? "variadic of " : "";
            for (int k = 0; k < size && index < count; k++, index++) {
                Type t = operands ? op.operand(index).type() : op.result(index).type();
                if (!spec.constraint().accepts(t)) {
                    return what + " #" + index + " must be " + prefix + spec.constraint().description()
                            + ", but got '" + jmlir.syntax.TypePrinting.toString(t) + "'";
                }
            }
        }
        return null;
    }

    /** AttrSizedOperandSegments' check: the segment sizes add up to the number of operands (results). */
    private static String segmentTotal(Operation op, OpDef def, boolean operands, int count) {
        if (!def.hasTrait(operands ? Trait.ATTR_SIZED_OPERAND_SEGMENTS : Trait.ATTR_SIZED_RESULT_SEGMENTS)) return null;
        String sizes = operands ? "operandSegmentSizes" : "resultSegmentSizes";
        if (!(op.properties() instanceof DictionaryAttr props) || !(props.get(sizes) instanceof DenseArrayAttr d)) {
            return null;
        }
        long sum = 0;
        for (long v : d.values()) sum += v;
        if (sum == count) return null;
        return (operands ? "operand" : "result") + " count (" + count + ") does not match with the total size ("
                + sum + ") specified in attribute '" + sizes + "'";
    }

    /** Whether all specs are single values: then value i is spec i, no segments needed. */
    private static boolean allSingle(List<OpDef.ValueSpec> specs) {
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).arity() != OpDef.Arity.SINGLE) return false;
        return true;
    }

    /** Whether each spec's values can be told apart: at most one open spec, or sizes in a property. */
    private static boolean segmentsKnown(Operation op, List<OpDef.ValueSpec> specs, boolean operands) {
        int open = 0;
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).arity() != OpDef.Arity.SINGLE) open++;
        if (open <= 1) return true;
        String sizes = operands ? "operandSegmentSizes" : "resultSegmentSizes";
        return op.properties() instanceof DictionaryAttr props && props.get(sizes) instanceof DenseArrayAttr d
                && d.values().length == specs.size();
    }
}
