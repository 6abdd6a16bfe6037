package jmlir.syntax.format;

import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;

/**
 * The Java side of {@code custom<Name>($a, ref($b))} in the format of a type or attribute
 * definition. Arguments are addressed by their position in the directive; while parsing, the
 * directive stores what it read for each of its own arguments and reads {@code ref(...)}
 * arguments, which earlier parts of the format have set.
 */
public interface ParamDirective {
    void parse(OpAsmParser parser, Args args);

    /**
     * As the first element of an optional group: reads the directive if it is there and says
     * whether it was. By default the directive is always there.
     */
    default boolean parseOptional(OpAsmParser parser, Args args) {
        parse(parser, args);
        return true;
    }

    void print(DialectAsmPrinter printer, Args args);

    /** The parameter values the arguments stand for (null for an absent optional one). */
    interface Args {
        int size();

        Object get(int i);

        void set(int i, Object value);
    }
}
