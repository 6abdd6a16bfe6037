package jmlir.ir;

import java.util.EnumSet;
import java.util.List;

/** The builtin dialect: {@code builtin.module} and {@code builtin.unrealized_conversion_cast}. */
public final class BuiltinDialect extends Dialect {
    public static final String MODULE = "builtin.module";

    public BuiltinDialect() {
        super("builtin");
    }

    /** Holds the blobs of {@code dense_resource} attributes. */
    @Override
    public boolean acceptsResources() {
        return true;
    }

    @Override
    public List<OpDefinition> operations() {
        return List.of(
                new OpDefinition(MODULE, EnumSet.of(Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR,
                        Trait.SINGLE_BLOCK, Trait.SYMBOL_TABLE, Trait.GRAPH_REGIONS)),
                new OpDefinition("builtin.unrealized_conversion_cast", EnumSet.noneOf(Trait.class)));
    }
}
