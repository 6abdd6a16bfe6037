package jmlir.ir;

import java.util.Objects;
import jmlir.syntax.AttrSyntax;
import jmlir.syntax.format.EnumSyntax;

/**
 * A dialect attribute holding an enum value: {@code #arith.fastmath<nnan,ninf>},
 * {@code #vector.kind<add>}. Op formats write it without its prefix ({@code fastmath<fast>}
 * comes from a literal {@code fastmath} and the stripped {@code <fast>}). A dialect registers
 * its kinds ({@link Dialect#addAttributeSyntax}) so that the generic form reads them as well.
 */
public final class EnumAttr implements Attribute {
    /**
     * The kind of enum attribute: dialect and mnemonic ({@code arith}, {@code fastmath}), the
     * ODS definition name and summary MLIR's messages quote ({@code Arith_FastMathAttr},
     * "Floating point fast math flags"), and the enumeration. {@code angled} kinds (ODS's
     * default assembly format {@code `<` $value `>`}) are written {@code #arith.fastmath<fast>}
     * and {@code <fast>} in ops; the others ({@code $value}) {@code #gpu<dim x>} and, in ops,
     * {@code x} after a space.
     */
    public record Kind(String dialect, String mnemonic, String defName, String summary, EnumDef cases,
                       boolean angled) {
        /** An angled kind: {@code #dialect.mnemonic<case>}. */
        public Kind(String dialect, String mnemonic, String defName, String summary, EnumDef cases) {
            this(dialect, mnemonic, defName, summary, cases, true);
        }

        /** The attribute of this kind holding {@code value}. */
        public EnumAttr get(long value) {
            return new EnumAttr(this, value);
        }

        /** The attribute for a case name (or, for bit enums, flags joined by the separator). */
        public EnumAttr get(String keyword) {
            Long v = cases.symbolize(keyword);
            if (v == null) throw new IllegalArgumentException("no case '" + keyword + "' in " + cases.cppName());
            return get(v);
        }

        /** How the attribute is written after its mnemonic: {@code <case>}, or {@code  case} when not angled. */
        public AttrSyntax syntax() {
            return EnumSyntax.body(this);
        }

        /** The constraint accepting attributes of this kind, written {@code <case>} by formats. */
        public AttrConstraint constraint() {
            return AttrConstraint.withSyntax(summary, a -> a instanceof EnumAttr e && e.kind.equals(this), a -> true,
                    syntax());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kind that
                    && Objects.equals(dialect, that.dialect)
                    && Objects.equals(mnemonic, that.mnemonic)
                    && Objects.equals(defName, that.defName)
                    && Objects.equals(summary, that.summary)
                    && Objects.equals(cases, that.cases)
                    && angled == that.angled;
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(dialect);
            h = 31 * h + Objects.hashCode(mnemonic);
            h = 31 * h + Objects.hashCode(defName);
            h = 31 * h + Objects.hashCode(summary);
            h = 31 * h + Objects.hashCode(cases);
            h = 31 * h + Boolean.hashCode(angled);
            return h;
        }
    }

    private final Kind kind;
    private final long value;
    private final String body;

    private EnumAttr(Kind kind, long value) {
        this.kind = kind;
        this.value = value;
        this.body = kind.cases().body(value, kind.angled());
        if (body == null) throw new IllegalArgumentException("invalid value " + value + " of " + kind.cases());
    }

    public Kind kind() {
        return kind;
    }

    public long value() {
        return value;
    }

    /** Whether all bits of {@code flags} are set (for bit enums). */
    public boolean has(long flags) {
        return (value & flags) == flags;
    }

    /** The text after the mnemonic, as formats print it: {@code <nnan,ninf>}, or {@code  x} when not angled. */
    public String body() {
        return body;
    }

    /** The full form: {@code #arith.fastmath<fast>}, or {@code #gpu<dim x>} when not angled. */
    public void appendTo(StringBuilder out) {
        if (kind.angled()) out.append('#').append(kind.dialect()).append('.').append(kind.mnemonic()).append(body);
        else out.append('#').append(kind.dialect()).append('<').append(kind.mnemonic()).append(body).append('>');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumAttr e && e.value == value && e.kind.equals(kind);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }
}
