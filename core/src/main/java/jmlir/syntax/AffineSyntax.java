package jmlir.syntax;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.Attribute;
import jmlir.ir.Context;
import jmlir.ir.IntegerSet;
import jmlir.ir.IntegerSetAttr;

import java.nio.charset.StandardCharsets;

/**
 * Reads and writes {@code affine_map<...>} and {@code affine_set<...>}, and parses affine maps
 * and integer sets from strings.
 */
public final class AffineSyntax {
    private AffineSyntax() {
    }

    /** Parses {@code affine_map<...>}; the current token is the keyword. */
    static Attribute parseAffineMapAttr(Parser p) {
        p.advance();
        AffineParser ap = new AffineParser(p);
        ap.expect(TokenKind.LESS, "expected '<' in affine map");
        int at = p.lex.start();
        Object parsed = ap.parseMapOrSet();
        if (!(parsed instanceof AffineMap map)) throw p.error(at, "expected AffineMap, but got IntegerSet");
        ap.expect(TokenKind.GREATER, "expected '>' in affine map");
        return p.context.intern(new AffineMapAttr(map));
    }

    /** Parses {@code affine_set<...>}; the current token is the keyword. */
    static Attribute parseIntegerSetAttr(Parser p) {
        p.advance();
        AffineParser ap = new AffineParser(p);
        ap.expect(TokenKind.LESS, "expected '<' in integer set");
        int at = p.lex.start();
        Object parsed = ap.parseMapOrSet();
        if (!(parsed instanceof IntegerSet set)) throw p.error(at, "expected IntegerSet, but got AffineMap");
        ap.expect(TokenKind.GREATER, "expected '>' in integer set");
        return p.context.intern(new IntegerSetAttr(set));
    }

    static void printAffineMapAttr(AffineMapAttr attr, StringBuilder out) {
        out.append("affine_map<");
        attr.map().print(out);
        out.append('>');
    }

    static void printIntegerSetAttr(IntegerSetAttr attr, StringBuilder out) {
        out.append("affine_set<");
        attr.set().print(out);
        out.append('>');
    }

    /**
     * Parses an affine map written without the {@code affine_map<>} wrapper, such as
     * {@code (i, j)[n] -> (i + n, j)}.
     *
     * @throws ParseException with MLIR's message if the text is not an affine map
     */
    public static AffineMap parseAffineMap(String text) {
        Parser p = standaloneParser(text);
        int at = p.lex.start();
        Object parsed = parseWhole(p);
        if (!(parsed instanceof AffineMap map)) throw p.error(at, "expected AffineMap, but got IntegerSet");
        return map;
    }

    /**
     * Parses an integer set written without the {@code affine_set<>} wrapper, such as
     * {@code (i)[n] : (i >= 0, n - i - 1 >= 0)}.
     *
     * @throws ParseException with MLIR's message if the text is not an integer set
     */
    public static IntegerSet parseIntegerSet(String text) {
        Parser p = standaloneParser(text);
        int at = p.lex.start();
        Object parsed = parseWhole(p);
        if (!(parsed instanceof IntegerSet set)) throw p.error(at, "expected IntegerSet, but got AffineMap");
        return set;
    }

    private static Parser standaloneParser(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Parser(new Context(), SourceFile.of("<mlir_parser_buffer>", bytes), new ResourceTable());
    }

    private static Object parseWhole(Parser p) {
        Object parsed = new AffineParser(p).parseMapOrSet();
        if (!p.at(TokenKind.EOF)) throw p.error(p.lex.start(), "encountered unexpected token");
        return parsed;
    }
}
