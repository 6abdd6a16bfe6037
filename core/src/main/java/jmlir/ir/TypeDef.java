package jmlir.ir;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A type defined as data ({@code !dialect.mnemonic<...>}), as ODS's TypeDef:
 * <pre>{@code
 * TypeDef SHAPE = TypeDef.builder("toy.shape")
 *         .parameter("dims", ParamKind.arrayOf(ParamKind.INTEGER))
 *         .format("`<` $dims `>`")
 *         .build();
 * DefinedType t = SHAPE.get(context, List.of(2L, 3L));   // !toy.shape<2, 3>
 * }</pre>
 */
public final class TypeDef extends AttrOrTypeDef {
    private final BiFunction<TypeDef, List<Object>, ? extends DefinedType> factory;

    private TypeDef(Builder b) {
        super(b);
        this.factory = b.factory;
    }

    /** A builder for the type {@code dialect.mnemonic}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The interned type with these parameter values, in definition order (null for an absent
     * optional parameter or a default); throws IllegalArgumentException when they are of the
     * wrong kinds or do not verify.
     */
    public DefinedType get(Context context, Object... values) {
        return (DefinedType) instance(context, values);
    }

    @Override
    boolean isType() {
        return true;
    }

    @Override
    DefinedType create(List<Object> values) {
        return factory == null ? new DefinedType(this, values) : factory.apply(this, values);
    }

    public static final class Builder extends AttrOrTypeDef.Builder<Builder> {
        private BiFunction<TypeDef, List<Object>, ? extends DefinedType> factory;

        private Builder(String name) {
            super(name);
        }

        /** Makes instances of a typed class (a subclass of {@link DefinedType}, given the definition and values). */
        public Builder factory(BiFunction<TypeDef, List<Object>, ? extends DefinedType> factory) {
            this.factory = factory;
            return this;
        }

        public TypeDef build() {
            return new TypeDef(this);
        }
    }
}
