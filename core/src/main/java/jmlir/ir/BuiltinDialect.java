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
                                Trait.SYMBOL, Trait.GRAPH_REGIONS)
                        .factory(ModuleOp::new)
                        .assembly(new ModuleSyntax())
                        .defaultDialect("builtin")
                        .verifier(BuiltinDialect::verifyModule)
                        .build(),
                OpDef.builder("builtin.unrealized_conversion_cast")
                        .variadicOperand("inputs", TypeConstraint.ANY)
                        .variadicResult("outputs", TypeConstraint.ANY)
                        .verifier(op -> op.numResults() == 0 ? "expected at least one result for cast operation" : null)
                        .assembly(new UnrealizedConversionCastSyntax())
                        .build());
    }

    /** Holds the blobs of {@code dense_resource} attributes. */
    @Override
    public boolean acceptsResources() {
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
