package jmlir.ir;

import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a parameter of a {@link TypeDef} or {@link AttrDef} holds, how it is read and written by
 * default, and how MLIR names its C++ type in messages ("which is to be a `int64_t`"). Values
 * are plain Java objects: {@link Long} for integers and enum cases, {@link Boolean},
 * {@link String}, {@link Type}, {@link Attribute}, and unmodifiable {@link java.util.List}s for
 * arrays.
 */
public interface ParamKind {
    /** The C++ type MLIR's messages name. */
    String cppType();

    /**
     * The canonical value for {@code value} ({@code Integer} becomes {@code Long}, lists become
     * unmodifiable), or null when {@code value} is not of this kind.
     */
    Object normalize(Object value);

    /** Reads a value or fails. */
    Object parse(OpAsmParser parser);

    /** Reads a value if one starts here; otherwise returns null, consuming nothing. */
    Object parseOptional(OpAsmParser parser);

    /** Writes a value the way a format writes a parameter ({@code $name}). */
    void print(Object value, DialectAsmPrinter printer);

    /** Writes a value inside {@code qualified(...)}: nested defined types and attributes in full. */
    default void printQualified(Object value, DialectAsmPrinter printer) {
        print(value, printer);
    }

    /** What a valid value must satisfy, as MLIR words it, or null when any value of the kind is valid. */
    default String constraint(Object value) {
        return null;
    }

    /** A signed integer (C++ {@code int64_t}). */
    ParamKind INTEGER = ParamKinds.integer("int64_t");
    ParamKind BOOLEAN = new ParamKinds.BooleanKind();
    /** A string, written as a quoted literal. */
    ParamKind STRING = ParamKinds.string("::llvm::StringRef");
    /** Any type, written in full. */
    ParamKind TYPE = ParamKinds.type(TypeConstraint.ANY, "::mlir::Type");
    /** Any attribute, written in full. */
    ParamKind ATTRIBUTE = ParamKinds.attribute(AttrConstraint.ANY, "::mlir::Attribute");

    /** An integer whose C++ type is {@code cppType} ({@code unsigned}, {@code int}). */
    static ParamKind integer(String cppType) {
        return ParamKinds.integer(cppType);
    }

    /** A string whose C++ type is {@code cppType} ({@code std::string}). */
    static ParamKind string(String cppType) {
        return ParamKinds.string(cppType);
    }

    /**
     * A type that must satisfy {@code constraint}; when the constraint names a class of types
     * ({@link TypeConstraint#kindName()}) a type of another class is rejected while reading.
     */
    static ParamKind type(TypeConstraint constraint, String cppType) {
        return ParamKinds.type(constraint, cppType);
    }

    /** An attribute that must satisfy {@code constraint}, like {@link #type(TypeConstraint, String)}. */
    static ParamKind attribute(AttrConstraint constraint, String cppType) {
        return ParamKinds.attribute(constraint, cppType);
    }

    /** A type of {@code def}, written without its {@code !dialect.mnemonic} prefix unless qualified. */
    static ParamKind type(TypeDef def) {
        return new ParamKinds.DefinedKind(def);
    }

    /** An attribute of {@code def}, written without its {@code #dialect.mnemonic} prefix unless qualified. */
    static ParamKind attribute(AttrDef def) {
        return new ParamKinds.DefinedKind(def);
    }

    /** A case of {@code cases} (its value, a {@link Long}), written as its keyword. */
    static ParamKind enumOf(EnumDef cases) {
        return new ParamKinds.EnumKind(cases);
    }

    /** One or more values of {@code element}, separated by commas (formats add the brackets). */
    static ParamKind arrayOf(ParamKind element) {
        return new ParamKinds.ArrayKind(element);
    }

    /**
     * A parameter read and written by Java code: {@code parse} reads a value (failing with a
     * {@link jmlir.syntax.ParseException}), {@code print} writes one; values are any immutable
     * objects with value equality.
     */
    static ParamKind custom(String cppType, Function<OpAsmParser, Object> parse,
                            BiConsumer<Object, DialectAsmPrinter> print) {
        return new ParamKinds.CustomKind(cppType, parse, print);
    }
}
