package jmlir.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jmlir.syntax.format.EnumSyntax;

/**
 * An enumeration of named cases, as ODS's enum definitions: plain enums (one case at a time,
 * {@code slt}) or bit enums (any set of single-bit flags, {@code nnan,ninf}, with a zero case
 * such as {@code none} and multi-bit groups such as {@code fast}). Stored in attributes either as
 * an integer ({@link #integerAttr}, like I64EnumAttr) or as a dialect attribute ({@link EnumAttr}).
 */
public final class EnumDef {
    /** A case: its keyword and value (for bit enums, its bits). */
    public record Case(String name, long value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Case that && Objects.equals(name, that.name) && value == that.value;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Long.hashCode(value);
        }
    }

    private final String cppName;
    private final List<Case> cases;
    private final boolean bits;
    private final String separator;
    private final Map<String, Long> byName = new HashMap<>();
    private final String caseList;
    /** The text of values seen so far (enum attributes print it on every op). */
    private final java.util.concurrent.ConcurrentHashMap<Long, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<Long, String> bareTexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private EnumDef(String cppName, List<Case> cases, boolean bits, String separator) {
        this.cppName = cppName;
        this.cases = List.copyOf(cases);
        this.bits = bits;
        this.separator = separator;
        List<String> names = new ArrayList<>();
        for (Case c : cases) {
            byName.putIfAbsent(c.name(), c.value());
            names.add(c.name());
        }
        this.caseList = String.join(", ", names);
    }

    /**
     * A plain enum; {@code namesAndValues} alternates case names and their values, e.g.
     * {@code "eq", 0, "ne", 1}. {@code cppName} is how MLIR names the enum in messages
     * ({@code ::mlir::arith::CmpIPredicate}).
     */
    public static EnumDef of(String cppName, Object... namesAndValues) {
        return new EnumDef(cppName, cases(namesAndValues), false, "|");
    }

    /**
     * A bit enum, printed with {@code separator} between flags ({@code ","} gives
     * {@code nnan,ninf}); cases as for {@link #of}, including a zero case and multi-bit groups.
     */
    public static EnumDef bits(String cppName, String separator, Object... namesAndValues) {
        return new EnumDef(cppName, cases(namesAndValues), true, separator);
    }

    private static List<Case> cases(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("cases come as name, value pairs");
        List<Case> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Case((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).longValue()));
        }
        return list;
    }

    public String cppName() {
        return cppName;
    }

    public List<Case> cases() {
        return cases;
    }

    public boolean isBitEnum() {
        return bits;
    }

    public String separator() {
        return separator;
    }

    /** The case names joined by ", ", as MLIR lists them in messages. */
    public String caseList() {
        return caseList;
    }

    /** The value of one case name, or null. */
    public Long caseValue(String name) {
        return byName.get(name);
    }

    /**
     * The value a keyword stands for: a case name, or for bit enums flags joined by the
     * separator's non-blank character; null when it names no value.
     */
    public Long symbolize(String keyword) {
        Long single = byName.get(keyword);
        if (single != null || !bits) return single;
        String sep = separator.strip();
        if (sep.isEmpty()) return null;
        long value = 0;
        for (String part : keyword.split(java.util.regex.Pattern.quote(sep), -1)) {
            Long v = byName.get(part.strip());
            if (v == null) return null;
            value |= v;
        }
        return value;
    }

    /**
     * The text of a value: its case name, or for bit enums the zero case, then the groups whose
     * bits are all set, then the remaining single flags, joined by the separator. Null when the
     * value has bits no case names.
     */
    public String stringify(long value) {
        if (!bits) {
            for (Case c : cases) if (c.value() == value) return c.name();
            return null;
        }
        if (value == 0) {
            for (Case c : cases) if (c.value() == 0) return c.name();
            return "";
        }
        StringBuilder sb = new StringBuilder();
        long left = value;
        for (Case c : cases) {
            if (Long.bitCount(c.value()) > 1 && (value & c.value()) == c.value()) {
                if (!sb.isEmpty()) sb.append(separator);
                sb.append(c.name());
                left &= ~c.value();
            }
        }
        for (Case c : cases) {
            if (Long.bitCount(c.value()) == 1 && (left & c.value()) != 0) {
                if (!sb.isEmpty()) sb.append(separator);
                sb.append(c.name());
                left &= ~c.value();
            }
        }
        return left == 0 ? sb.toString() : null;
    }

    /**
     * {@code <text>} (or {@code  text} when not {@code angled}) of a value, as enum attributes
     * write it after their mnemonic; remembered per value.
     */
    String body(long value, boolean angled) {
        java.util.concurrent.ConcurrentHashMap<Long, String> cache = angled ? texts : bareTexts;
        String t = cache.get(value);
        if (t != null) return t;
        String s = stringify(value);
        if (s == null) return null;
        t = angled ? "<" + s + ">" : " " + s;
        cache.put(value, t);
        return t;
    }

    /** Whether {@code value} is a case (plain enums) or a combination of flags (bit enums). */
    public boolean isValid(long value) {
        return stringify(value) != null;
    }

    /**
     * The constraint of attributes storing this enum as an integer of {@code type} (ODS's
     * I32EnumAttr/I64EnumAttr), which formats write as a bare case keyword ({@code slt}).
     */
    public AttrConstraint integerAttr(IntegerType type) {
        StringBuilder d = new StringBuilder("allowed ").append(type.width()).append("-bit signless integer cases: ");
        for (int i = 0; i < cases.size(); i++) {
            if (i > 0) d.append(", ");
            d.append(cases.get(i).value());
        }
        return AttrConstraint.withSyntax(d.toString(), a -> a instanceof IntegerAttr i && i.type().equals(type),
                a -> isValid(((IntegerAttr) a).value()), EnumSyntax.keyword(this, type));
    }

    @Override
    public String toString() {
        return cppName;
    }
}
