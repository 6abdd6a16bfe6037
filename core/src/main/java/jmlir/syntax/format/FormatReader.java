package jmlir.syntax.format;

import jmlir.syntax.format.FormatLexer.Kind;
import jmlir.syntax.format.FormatLexer.Token;

/**
 * What the op format parser and the type/attribute format parser share: the token cursor over a
 * definition's format string, and errors that point into it.
 */
abstract class FormatReader {
    /** The definition the format belongs to, named in errors. */
    private final String owner;
    final String src;
    private final FormatLexer lexer;
    Token tok;

    FormatReader(String owner, String src) {
        this.owner = owner;
        this.src = src;
        this.lexer = new FormatLexer(src, this::error);
    }

    FormatException error(int offset, String message) {
        return error(offset, message, null);
    }

    FormatException error(int offset, String message, String note) {
        return new FormatException(owner, src, offset, message, note);
    }

    void consume() {
        tok = lexer.next();
    }

    Token expect(Kind kind, String message) {
        if (!tok.is(kind)) throw error(tok.offset(), message);
        Token t = tok;
        consume();
        return t;
    }
}
