package jmlir.pass;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A named option of a pass ({@code max-iterations=3}), with a default value, a parser from its
 * text and a printer back to it. Set while the pipeline is read, read-only while the pass runs.
 */
public final class PassOption<T> {
    private final String name;
    private final String description;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> printer;
    private final String typeName;
    private final List<String> choices;
    private volatile T value;
    private boolean set;

    /** An option printed with {@code String.valueOf}, shown as {@code <value>} in help. */
    public PassOption(String name, String description, T defaultValue, Function<String, T> parser) {
        this(name, description, defaultValue, parser, String::valueOf, "value", List.of());
    }

    /** An option with its own printer, shown as {@code <value>} in help. */
    public PassOption(String name, String description, T defaultValue, Function<String, T> parser,
                      Function<T, String> printer) {
        this(name, description, defaultValue, parser, printer, "value", List.of());
    }

    private PassOption(String name, String description, T defaultValue, Function<String, T> parser,
                       Function<T, String> printer, String typeName, List<String> choices) {
        this.name = name;
        this.description = description;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.printer = printer;
        this.typeName = typeName;
        this.choices = choices;
        this.value = defaultValue;
    }

    public static PassOption<Boolean> bool(String name, String description, boolean defaultValue) {
        return new PassOption<>(name, description, defaultValue, PassOption::parseBool, String::valueOf, null,
                List.of());
    }

    /** A 64-bit integer option (MLIR's {@code int64_t}, shown as {@code <long>}). */
    public static PassOption<Long> integer(String name, String description, long defaultValue) {
        return new PassOption<>(name, description, defaultValue, text -> parseLong(text, "long"), String::valueOf,
                "long", List.of());
    }

    public static PassOption<String> string(String name, String description, String defaultValue) {
        return new PassOption<>(name, description, defaultValue, Function.identity(), Function.identity(), "string",
                List.of());
    }

    /** An option whose value is one of {@code choices} ({@code region-simplify=normal}). */
    public static PassOption<String> choice(String name, String description, String defaultValue, String... choices) {
        List<String> allowed = List.of(choices);
        return new PassOption<>(name, description, defaultValue, text -> {
            if (!allowed.contains(text)) throw new IllegalArgumentException("Cannot find option named '" + text + "'!");
            return text;
        }, Function.identity(), "value", allowed);
    }

    /** One of an enum's constants, written in lower case ({@code region-simplify=normal}). */
    public static <E extends Enum<E>> PassOption<E> choice(String name, String description, E defaultValue) {
        List<String> allowed = new ArrayList<>();
        for (E e : defaultValue.getDeclaringClass().getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT));
        return new PassOption<>(name, description, defaultValue, text -> {
            int i = allowed.indexOf(text);
            if (i < 0) throw new IllegalArgumentException("Cannot find option named '" + text + "'!");
            return defaultValue.getDeclaringClass().getEnumConstants()[i];
        }, e -> e.name().toLowerCase(Locale.ROOT), "value", List.copyOf(allowed));
    }

    /**
     * A list of strings, given as {@code a,b} or {@code {a,b}} and printed as {@code name={a,b}};
     * an empty list prints as nothing.
     */
    public static PassOption<List<String>> list(String name, String description) {
        return new PassOption<>(name, description, List.of(), PassOption::parseList,
                values -> "{" + String.join(",", values) + "}", "string", List.of());
    }

    private static Boolean parseBool(String text) {
        return switch (text) {
            case "", "true", "TRUE", "True", "1" -> true;
            case "false", "FALSE", "False", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is invalid value for boolean argument! Try 0 or 1");
        };
    }

    private static Long parseLong(String text, String type) {
        try {
            return Long.decode(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' value invalid for " + type + " argument!");
        }
    }

    private static List<String> parseList(String text) {
        if (text.startsWith("{") && text.endsWith("}")) text = text.substring(1, text.length() - 1);
        List<String> values = new ArrayList<>();
        for (String part : PassOptionsParser.splitOutsideNesting(text, ',')) {
            values.add(PassOptionsParser.unquote(part.strip()));
        }
        return List.copyOf(values);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public T get() {
        return value;
    }

    /** Whether a pipeline gave this option a value. */
    public boolean isSet() {
        return set;
    }

    /** Whether this is a flag that takes no value in help text ({@code --json}). */
    public boolean isFlag() {
        return typeName == null;
    }

    /** How help shows the value ({@code long}, {@code string}, {@code value}); null for a flag. */
    public String typeName() {
        return typeName;
    }

    /** The allowed values of a choice option, else empty. */
    public List<String> choices() {
        return choices;
    }

    /** Sets the value from its text; throws IllegalArgumentException with a message when it is invalid. */
    public void parse(String text) {
        value = parser.apply(text);
        set = true;
    }

    /** Sets the value directly. */
    public void set(T newValue) {
        value = newValue;
        set = true;
    }

    /**
     * The option as a pipeline prints it: {@code name=value}, or the empty string for an empty
     * list (MLIR prints nothing for it, but keeps its separator).
     */
    public String print() {
        if (value instanceof List<?> l && l.isEmpty()) return "";
        return name + "=" + printer.apply(value);
    }

    @Override
    public String toString() {
        return print();
    }
}
