package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Region;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code loc(...)} locations. A trailing {@code loc(#alias)} may name an alias defined
 * later in the file (mlir-opt prints location aliases after the module); such references get a
 * placeholder that {@link #resolveDeferred} replaces once the whole file is read.
 */
final class LocationParser {
    private final Parser p;
    private final Lexer lex;
    private final Map<Location, DeferredRef> deferred = new IdentityHashMap<>();

    private record DeferredRef(String alias, int offset) {
    }

    LocationParser(Parser p) {
        this.p = p;
        this.lex = p.lex;
    }

    /** Parses {@code loc(...)} if present; returns null otherwise. */
    Location parseOptionalTrailingLocation() {
        if (!p.atKeyword("loc")) return null;
        p.advance();
        p.expect(TokenKind.LPAREN, "expected '(' in location");
        Location loc;
        if (atDialectAttribute()) {
            loc = parseDialectLocation();
        } else if (p.at(TokenKind.HASH_IDENTIFIER)) {
            int at = lex.start();
            String name = lex.text().substring(1);
            p.advance();
            Attribute alias = p.attributeAliases.get(name);
            if (alias == null) {
                loc = new Location.Name("<deferred:" + name + ">", null);
                deferred.put(loc, new DeferredRef(name, at));
            } else if (alias instanceof Location l) {
                loc = l;
            } else {
                throw p.error(at, "expected location, but found '" + AttributePrinting.toString(alias) + "'");
            }
        } else {
            loc = parseLocationInstance();
        }
        p.expect(TokenKind.RPAREN, "expected ')' in location");
        return loc;
    }

    /** Parses {@code loc(...)} used as an attribute value. */
    Location parseLocationKeyword() {
        p.advance();
        p.expect(TokenKind.LPAREN, "expected '(' in inline location");
        Location loc = parseLocationInstance();
        p.expect(TokenKind.RPAREN, "expected ')' in inline location");
        return loc;
    }

    /** The body of a location, without the {@code loc( )} wrapper. */
    Location parseLocationInstance() {
        if (atDialectAttribute()) return parseDialectLocation();
        switch (p.kind()) {
            case HASH_IDENTIFIER: {
                int at = lex.start();
                int end = lex.end();
                String name = lex.text().substring(1);
                p.advance();
                Attribute alias = p.attributeAliases.get(name);
                if (alias == null) throw p.error(end, "undefined symbol alias id '" + name + "'");
                if (!(alias instanceof Location l)) {
                    throw p.error(at, "expected location, but found '" + AttributePrinting.toString(alias) + "'");
                }
                return l;
            }
            case STRING:
                return parseFileOrNameLocation();
            case LSQUARE:
                throw p.errorAtToken("expected location instance");
            case BARE_IDENTIFIER:
                if (lex.is("unknown")) {
                    p.advance();
                    return Location.Unknown.INSTANCE;
                }
                if (lex.is("callsite")) return parseCallSite();
                if (lex.is("fused")) return parseFused();
                throw p.errorAtToken("expected location instance");
            default:
                throw p.errorAtToken("expected location instance");
        }
    }

    /** Whether a dialect attribute ({@code #dialect.name...}) is next, rather than an alias. */
    private boolean atDialectAttribute() {
        return p.at(TokenKind.HASH_IDENTIFIER) && lex.text().indexOf('.') >= 0;
    }

    /** A dialect attribute that must be a location ({@link jmlir.ir.DefinedLocation}). */
    private Location parseDialectLocation() {
        Attribute attr = p.attributes.parseAttribute(null);
        if (attr instanceof Location l) return l;
        throw p.error(lex.start(), "expected location attribute, but got" + AttributePrinting.toString(attr));
    }

    private Location parseCallSite() {
        p.advance();
        p.expect(TokenKind.LPAREN, "expected '(' in callsite location");
        Location callee = parseLocationInstance();
        p.expectKeyword("at", "expected 'at' in callsite location");
        Location caller = parseLocationInstance();
        p.expect(TokenKind.RPAREN, "expected ')' in callsite location");
        return p.context.intern(new Location.CallSite(callee, caller));
    }

    private Location parseFused() {
        p.advance();
        Attribute metadata = null;
        if (p.consumeIf(TokenKind.LESS)) {
            metadata = p.attributes.parseAttribute(null);
            p.expect(TokenKind.GREATER, "expected '>' after fused location metadata");
        }
        p.expect(TokenKind.LSQUARE, "expected '[' in fused location");
        List<Location> locs = new ArrayList<>();
        if (!p.at(TokenKind.RSQUARE)) {
            do {
                locs.add(parseLocationInstance());
            } while (p.consumeIf(TokenKind.COMMA));
        }
        p.expect(TokenKind.RSQUARE, "expected ']' in fused location");
        return fuse(locs, metadata);
    }

    /** The fused location, interned so that equal locations share one instance. */
    private Location fuse(List<Location> locs, Attribute metadata) {
        Location fused = Location.fused(locs, metadata);
        return fused instanceof Location.Fused ? p.context.intern(fused) : fused;
    }

    private Location parseFileOrNameLocation() {
        String text = lex.stringValue();
        p.advance();
        if (p.consumeIf(TokenKind.COLON)) {
            int line = parseUnsigned("expected integer line number in FileLineColLoc");
            int column = 0;
            if (p.consumeIf(TokenKind.COLON)) column = parseUnsigned("expected integer column number in FileLineColLoc");
            if (!p.consumeKeywordIf("to")) return p.context.intern(new Location.FileLineCol(text, line, column));
            int endLine = line;
            if (p.at(TokenKind.INTEGER)) endLine = parseUnsigned("expected integer line number in FileLineColRange");
            p.expect(TokenKind.COLON, "expected ':' in FileLineColRange");
            int endColumn = parseUnsigned("expected integer column number in FileLineColRange");
            return p.context.intern(new Location.FileLineCol(text, line, column, endLine, endColumn));
        }
        if (p.consumeIf(TokenKind.LPAREN)) {
            Location child = parseLocationInstance();
            p.expect(TokenKind.RPAREN, "expected ')' after child location of NameLoc");
            return p.context.intern(new Location.Name(text, child));
        }
        return p.context.intern(new Location.Name(text, null));
    }

    private int parseUnsigned(String message) {
        if (!p.at(TokenKind.INTEGER)) throw p.errorAtToken(message);
        long v;
        try {
            v = Long.parseLong(lex.text());
        } catch (NumberFormatException e) {
            throw p.errorAtToken(message);
        }
        if (v > 0xffffffffL) throw p.errorAtToken(message);
        p.advance();
        return (int) v;
    }

    /** Replaces placeholders for aliases defined after their use. */
    void resolveDeferred(Operation root) {
        if (deferred.isEmpty()) return;
        walk(root);
    }

    private Location resolve(Location loc) {
        DeferredRef ref = deferred.get(loc);
        if (ref == null) return loc;
        Attribute alias = p.attributeAliases.get(ref.alias());
        if (alias == null) throw p.error(ref.offset(), "operation location alias was never defined");
        if (!(alias instanceof Location l)) {
            throw p.error(ref.offset(), "expected location, but found '" + AttributePrinting.toString(alias) + "'");
        }
        return l;
    }

    private void walk(Operation op) {
        op.setLocation(resolve(op.location()));
        for (int i = 0; i < op.numRegions(); i++) {
            Region r = op.region(i);
            for (Block b : r.blocks()) {
                for (BlockArgument a : b.arguments()) a.setLocation(resolve(a.location()));
                for (Operation nested : b) walk(nested);
            }
        }
    }
}
