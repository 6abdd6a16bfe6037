package jmlir.pass;

import java.util.List;
import java.util.function.Function;

/**
 * A named option of a pass ({@code max-iterations=3}), with a default value and a parser from
 * its text. Set while the pipeline is read, read-only while the pass runs.
 */
public final class PassOption<T> {
    private final String name;
    private final String description;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> printer;
    private volatile T value;
    private boolean set;

    public PassOption(String name, String description, T defaultValue, Function<String, T> parser,
                      Function<T, String> printer) {
        this.name = name;
        this.description = description;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.printer = printer;
        this.value = defaultValue;
    }

    public PassOption(String name, String description, T defaultValue, Function<String, T> parser) {
        this(name, description, defaultValue, parser, String::valueOf);
    }

    public static PassOption<Boolean> bool(String name, String description, boolean defaultValue) {
        return new PassOption<>(name, description, defaultValue, PassOption::parseBool);
    }

    public static PassOption<Long> integer(String name, String description, long defaultValue) {
        return new PassOption<>(name, description, defaultValue, Long::parseLong);
    }

    public static PassOption<String> string(String name, String description, String defaultValue) {
        return new PassOption<>(name, description, defaultValue, Function.identity());
    }

    /** A list of strings, written comma-separated; empty by default. */
    public static PassOption<List<String>> list(String name, String description) {
        return new PassOption<>(name, description, List.of(),
                text -> text.isEmpty() ? List.of() : List.of(text.split(",")), l -> String.join(",", l));
    }

    /** One of an enum's constants, written in lower case ({@code region-simplify=normal}). */
    public static <E extends Enum<E>> PassOption<E> choice(String name, String description, E defaultValue) {
        return new PassOption<>(name, description, defaultValue, text -> {
            for (E e : defaultValue.getDeclaringClass().getEnumConstants()) {
                if (e.name().toLowerCase(java.util.Locale.ROOT).equals(text)) return e;
            }
            throw new IllegalArgumentException("Cannot find option named '" + text + "'!");
        }, e -> e.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Boolean parseBool(String text) {
        return switch (text) {
            case "", "true", "TRUE", "True", "1" -> true;
            case "false", "FALSE", "False", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is invalid value for boolean argument! Try 0 or 1");
        };
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

    /** The current value as a pipeline writes it. */
    public String format() {
        return printer.apply(value);
    }

    /** Whether a pipeline gave this option a value. */
    public boolean isSet() {
        return set;
    }

    /** Sets the value from its text; throws IllegalArgumentException with a message when it is invalid. */
    public void parse(String text) {
        value = parser.apply(text);
        set = true;
    }
}
