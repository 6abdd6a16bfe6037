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
        if (name.isRegistered() || !name.inRegisteredDialect()) return null;
        return Diagnostic.error(op, "unregistered operation '" + name.name() + "' found in dialect ('"
                + name.dialectNamespace() + "') that does not allow unknown operations");
    }

    /** The invariants of a registered op: its definition's constraints, traits and verifiers. */
    static Diagnostic verify(Operation op) {
        OperationName name = op.name();
        OpDef def = name.definition();
        String message = structure(op, def);
        if (message == null) message = attributes(op, def);
        if (message == null) message = values("operand", def.operands(), op.numOperands(), i -> op.operand(i).type());
        if (message == null) message = values("result", def.results(), op.numResults(), i -> op.result(i).type());
        if (message == null) message = traits(op, def);
        if (message != null) return Diagnostic.opError(op, message);
        for (OpDef.Check check : def.verifiers()) {
            Diagnostic d = check.check(op);
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
        boolean variadicRegions = def.regions().stream().anyMatch(OpDef.RegionSpec::variadic);
        int regions = def.regions().size();
        if (!variadicRegions && op.numRegions() != regions) {
            return switch (regions) {
                case 0 -> "requires zero regions";
                case 1 -> "requires one region";
                default -> "expected " + regions + " regions";
            };
        }
        String results = count("result", def.results(), op.numResults());
        if (results != null) return results;
        boolean variadicSuccessors = def.successors().stream().anyMatch(OpDef.SuccessorSpec::variadic);
        int successors = def.successors().size();
        if (!variadicSuccessors && op.numSuccessors() != successors) {
            return "requires " + successors + " successor" + (successors == 1 ? "" : "s") + " but found "
                    + op.numSuccessors();
        }
        return count("operand", def.operands(), op.numOperands());
    }

    /** The count check of ODS for operands or results: exact, or a minimum with optional/variadic ones. */
    private static String count(String what, List<OpDef.ValueSpec> specs, int actual) {
        int fixed = 0;
        boolean open = false;
        for (OpDef.ValueSpec s : specs) {
            if (s.arity() == OpDef.Arity.SINGLE) fixed++;
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

    private static String attributes(Operation op, OpDef def) {
        DictionaryAttr props = op.properties() instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
        for (OpDef.AttrSpec spec : def.attributes()) {
            Attribute value = spec.property() ? props.get(spec.name()) : op.attribute(spec.name());
            if (value == null) {
                if (!spec.optional()) return "requires attribute '" + spec.name() + "'";
                continue;
            }
            if (!spec.constraint().accepts(value)) {
                return "attribute '" + spec.name() + "' failed to satisfy constraint: " + spec.constraint().description();
            }
        }
        return null;
    }

    private static String values(String what, List<OpDef.ValueSpec> specs, int count,
                                 java.util.function.IntFunction<Type> typeAt) {
        // Single values map one to one when nothing is optional or variadic; otherwise only the
        // leading single values are checked here (segment sizes give the rest).
        for (int i = 0; i < specs.size() && i < count; i++) {
            OpDef.ValueSpec spec = specs.get(i);
            if (spec.arity() != OpDef.Arity.SINGLE) break;
            Type t = typeAt.apply(i);
            if (!spec.constraint().accepts(t)) {
                return what + " #" + i + " must be " + spec.constraint().description() + ", but got '"
                        + jmlir.syntax.TypePrinting.toString(t) + "'";
            }
        }
        return null;
    }
}
