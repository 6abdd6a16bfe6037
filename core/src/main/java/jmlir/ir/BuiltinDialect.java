package jmlir.ir;

import jmlir.syntax.ModuleSyntax;
import jmlir.syntax.UnrealizedConversionCastSyntax;

/** The builtin dialect: {@code builtin.module} and {@code builtin.unrealized_conversion_cast}, with their custom syntax. */
public final class BuiltinDialect extends Dialect {
    public static final String MODULE = "builtin.module";

    public BuiltinDialect() {
        super("builtin");
        addOperations(
                OpDef.builder(MODULE)
                        .sizedRegion("bodyRegion", 1)
                        .optionalProperty("sym_name", AttrConstraint.STRING, null)
                        .optionalProperty("sym_visibility", AttrConstraint.STRING, null)
                        .traits(Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR, Trait.SINGLE_BLOCK, Trait.SYMBOL_TABLE,
                                Trait.SYMBOL, Trait.GRAPH_REGIONS, Trait.AFFINE_SCOPE)
                        .factory(ModuleOp::new)
                        .assembly(new ModuleSyntax())
                        .defaultDialect("builtin")
                        .verifier(BuiltinDialect::verifyModule)
                        .build(),
                OpDef.builder("builtin.unrealized_conversion_cast")
                        .variadicOperand("inputs", TypeConstraint.ANY)
                        .variadicResult("outputs", TypeConstraint.ANY)
                        .verifier(op -> op.numResults() == 0 ? "expected at least one result for cast operation" : null)
                        .traits(Trait.PURE)
                        .folder(BuiltinDialect::foldCast)
                        .assembly(new UnrealizedConversionCastSyntax())
                        .build());
    }

    /** Holds the blobs of {@code dense_resource} attributes. */
    @Override
    public boolean acceptsResources() {
        return true;
    }

    /**
     * A cast to the types its inputs already have folds to its inputs, and so does a cast that
     * undoes another cast whose results are exactly its inputs.
     */
    private static boolean foldCast(Operation op, Attribute[] constants, java.util.List<FoldResult> results) {
        java.util.List<Value> inputs = new java.util.ArrayList<>(op.numOperands());
        boolean sameTypes = op.numOperands() == op.numResults();
        for (int i = 0; i < op.numOperands(); i++) {
            inputs.add(op.operand(i));
            sameTypes = sameTypes && op.operand(i).type().equals(op.result(i).type());
        }
        if (sameTypes) {
            results.addAll(inputs);
            return true;
        }
        if (inputs.isEmpty() || !(inputs.getFirst().definingOp() instanceof Operation producer)
                || producer.name() != op.name() || producer.numResults() != inputs.size()
                || producer.numOperands() != op.numResults()) {
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) != producer.result(i)) return false;
        }
        for (int i = 0; i < producer.numOperands(); i++) {
            if (!producer.operand(i).type().equals(op.result(i).type())) return false;
        }
        for (int i = 0; i < producer.numOperands(); i++) results.add(producer.operand(i));
        return true;
    }

    private static String verifyModule(Operation op) {
        if (op.region(0).entryBlock().numArguments() != 0) return "region should have no arguments";
        for (NamedAttribute a : op.attributes().entries()) {
            if (a.name().indexOf('.') < 0) {
                return "can only contain attributes with dialect-prefixed names, found: '" + a.name() + "'";
            }
        }
        return null;
    }
}
