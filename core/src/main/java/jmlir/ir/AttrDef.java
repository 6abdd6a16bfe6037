package jmlir.ir;

import java.util.List;
import java.util.function.BiFunction;

/**
 * An attribute defined as data ({@code #dialect.mnemonic<...>}), as ODS's AttrDef:
 * <pre>{@code
 * AttrDef RANGE = AttrDef.builder("toy.range")
 *         .parameter("lo", ParamKind.INTEGER).parameter("hi", ParamKind.INTEGER)
 *         .format("`<` struct(params) `>`")
 *         .build();
 * DefinedAttr r = RANGE.get(context, 1L, 4L);   // #toy.range<lo = 1, hi = 4>
 * }</pre>
 */
public final class AttrDef extends AttrOrTypeDef {
    private final BiFunction<AttrDef, List<Object>, ? extends DefinedAttr> factory;

    private AttrDef(Builder b) {
        super(b);
        this.factory = b.factory;
    }

    /** A builder for the attribute {@code dialect.mnemonic}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The interned attribute with these parameter values, in definition order (null for an absent
     * optional parameter or a default); throws IllegalArgumentException when they are of the
     * wrong kinds or do not verify.
     */
    public DefinedAttr get(Context context, Object... values) {
        return (DefinedAttr) instance(context, values);
    }

    /**
     * The constraint accepting this definition's attributes; op formats write them without
     * their {@code #dialect.mnemonic} prefix ({@code $range} gives {@code <lo = 1, hi = 4>}),
     * as MLIR does for attributes of a known class, and also read the full form.
     */
    public AttrConstraint constraint() {
        AttrConstraint c = constraint;
        if (c == null) {
            c = AttrConstraint.withSyntax(summary(), a -> a instanceof DefinedAttr d && d.definition() == this,
                    a -> true, new StrippedSyntax());
            constraint = c;
        }
        return c;
    }

    private volatile AttrConstraint constraint;

    /** The body after {@code #dialect.mnemonic}, as an op format's attribute syntax. */
    private final class StrippedSyntax implements jmlir.syntax.AttrSyntax {
        @Override
        public Attribute parse(jmlir.syntax.OpAsmParser parser, String attrName) {
            return (Attribute) AttrDef.this.parse(parser);
        }

        @Override
        public Attribute parseOptional(jmlir.syntax.OpAsmParser parser, String attrName) {
            return startsStripped(parser) ? parse(parser, attrName) : null;
        }

        @Override
        public void print(Attribute value, jmlir.syntax.OpAsmPrinter printer) {
            assembly().print((Defined) value, jmlir.syntax.DialectAsmPrinter.of(printer));
        }

        @Override
        public boolean isStripped() {
            return true;
        }
    }

    @Override
    boolean isType() {
        return false;
    }

    @Override
    DefinedAttr create(List<Object> values) {
        return factory == null ? new DefinedAttr(this, values) : factory.apply(this, values);
    }

    public static final class Builder extends AttrOrTypeDef.Builder<Builder> {
        private BiFunction<AttrDef, List<Object>, ? extends DefinedAttr> factory;

        private Builder(String name) {
            super(name);
        }

        /** Makes instances of a typed class (a subclass of {@link DefinedAttr}, given the definition and values). */
        public Builder factory(BiFunction<AttrDef, List<Object>, ? extends DefinedAttr> factory) {
            this.factory = factory;
            return this;
        }

        public AttrDef build() {
            return new AttrDef(this);
        }
    }
}
