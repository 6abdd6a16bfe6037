package jmlir.syntax;

import jmlir.ir.AttrOrTypeDef;
import jmlir.ir.Defined;
import jmlir.ir.Dialect;

/**
 * Reads instances of {@link jmlir.ir.TypeDef}s and {@link jmlir.ir.AttrDef}s. Like MLIR, the
 * body after the mnemonic is first delimited (balanced brackets, so a missing {@code >} is
 * "unbalanced '<' character in pretty dialect name") and then read by the definition as an
 * input of its own: it cannot read past the body, and what it leaves unread is ignored.
 */
final class DefinedSyntax {
    private DefinedSyntax() {
    }

    /**
     * {@code !dialect.mnemonic<...>}: the parser stands at the token after the prefixed
     * identifier, which ends at {@code bodyStart}; {@code mnemonicAt} locates the mnemonic.
     */
    static Defined parsePretty(Parser p, AttrOrTypeDef def, int mnemonicAt, int bodyStart) {
        int end = bodyStart;
        if (p.at(TokenKind.LESS) && p.lex.start() == bodyStart) end = bodyEnd(p, bodyStart);
        return parseWithin(p, def, mnemonicAt, bodyStart, end);
    }

    /**
     * {@code !dialect<mnemonic ...>} (the form of bodies that are not simple enough for the
     * pretty form): the parser stands at the {@code <} at {@code open}. Returns null, consuming
     * nothing, when no definition of {@code dialect} has the mnemonic that follows.
     */
    static Defined parseInBrackets(Parser p, String dialect, boolean type, int open) {
        if (!p.context.isRegisteredDialect(dialect)) return null;
        Dialect d = p.context.dialect(dialect);
        if (d == null || !(type ? d.hasTypeDefs() : d.hasAttrDefs())) return null;
        int end = bodyEnd(p, open);
        p.advance();
        AttrOrTypeDef def = null;
        if (p.at(TokenKind.BARE_IDENTIFIER)) def = type ? d.typeDef(p.lex.text()) : d.attrDef(p.lex.text());
        if (def == null) {
            p.lex.resetTo(open);
            p.advance();
            return null;
        }
        Defined value = parseWithin(p, def, p.lex.start(), p.lex.end(), end - 1);
        p.expect(TokenKind.GREATER, "expected '>'");
        return value;
    }

    private static int bodyEnd(Parser p, int open) {
        int end = DialectBody.matchingEnd(p.lex.buffer(), open, p.lex.limit());
        if (end < 0) throw DialectBody.unbalanced(p, open, -end - 1);
        return end;
    }

    /** Reads [start, end) with {@code def}, then continues after {@code end}. */
    private static Defined parseWithin(Parser p, AttrOrTypeDef def, int nameAt, int start, int end) {
        int savedLimit = p.lex.setLimit(end);
        Defined value;
        try {
            p.lex.resetTo(start);
            p.advance();
            value = def.parse(new OpAsmParser(p, nameAt, null));
        } finally {
            p.lex.setLimit(savedLimit);
        }
        p.lex.resetTo(end);
        p.advance();
        return value;
    }

    /** MLIR's generated parsers' error for a mnemonic no definition has. */
    static ParseException unknown(Parser p, int at, boolean type, String mnemonic, String dialect) {
        return p.error(at, "unknown " + (type ? " type" : "attribute") + " `" + mnemonic + "` in dialect `" + dialect + "`");
    }
}
