package jmlir.syntax;

import jmlir.ir.Dialect;
import jmlir.ir.ResourceBlob;
import jmlir.ir.ResourceHandle;

import java.util.Arrays;

/**
 * Reads the {@code {-# dialect_resources: ..., external_resources: ... #-}} section.
 *
 * <p>Dialect resources must belong to a dialect that keeps resources (the builtin dialect holds
 * the blobs of {@code dense_resource} attributes); their blobs are stored in the parser's
 * {@link ResourceTable} under the handle the name stands for in this input. External resources
 * are kept as read (bools, strings and blobs) and printed back.
 */
final class FileMetadataParser {
    private final Parser p;
    private final Lexer lex;

    FileMetadataParser(Parser p) {
        this.p = p;
        this.lex = p.lex;
    }

    void parse() {
        p.advance();
        parseListUntil(TokenKind.FILE_METADATA_END, "#-}", this::parseEntry);
    }

    /** {@code element (, element)* end}, or just {@code end}. */
    private void parseListUntil(TokenKind end, String endSpelling, Runnable element) {
        if (p.consumeIf(end)) return;
        do {
            element.run();
        } while (p.consumeIf(TokenKind.COMMA));
        p.expect(end, "expected ',' or '" + endSpelling + "'");
    }

    private void parseEntry() {
        int keyAt = lex.start();
        if (!p.at(TokenKind.BARE_IDENTIFIER)) throw p.errorAtToken("expected identifier key in file metadata dictionary");
        String key = lex.text();
        p.advance();
        p.expect(TokenKind.COLON, "expected ':'");
        switch (key) {
            case "dialect_resources" -> parseSection(true);
            case "external_resources" -> parseSection(false);
            default -> throw p.error(keyAt, "unknown key '" + key + "' in file metadata dictionary");
        }
    }

    /** {@code { name: { entries }, ... }} */
    private void parseSection(boolean dialects) {
        p.expect(TokenKind.LBRACE, "expected '{'");
        parseListUntil(TokenKind.RBRACE, "}", () -> {
            int nameAt = lex.start();
            if (!p.at(TokenKind.BARE_IDENTIFIER)) throw p.errorAtCurrentToken("expected identifier key for 'resource' entry");
            String name = lex.text();
            p.advance();
            p.expect(TokenKind.COLON, "expected ':'");
            p.expect(TokenKind.LBRACE, "expected '{'");
            if (dialects) parseDialectEntries(name, nameAt);
            else parseExternalEntries(name);
        });
    }

    private void parseDialectEntries(String name, int nameAt) {
        Dialect dialect = p.context.dialect(name);
        if (dialect == null) throw p.error(nameAt, "dialect '" + name + "' is unknown");
        if (!dialect.acceptsResources()) {
            throw p.errorAtCurrentToken("unexpected 'resource' section for dialect '" + name + "'");
        }
        parseListUntil(TokenKind.RBRACE, "}", () -> {
            String key = DenseSyntax.keywordOrString(p);
            if (key == null) throw p.errorAtCurrentToken("expected identifier key for 'resource' entry");
            p.advance();
            ResourceHandle handle = DenseSyntax.resolveHandle(p, name, key);
            byte[] fast = p.at(TokenKind.COLON) ? scanHexValue() : null;
            if (fast != null) {
                handle.setBlob(blob(handle.key(), fast, valueStart));
                return;
            }
            p.expect(TokenKind.COLON, "expected ':'");
            TokenKind kind = lex.kind();
            int start = lex.start(), end = lex.end();
            p.advance();
            handle.setBlob(parseBlob(handle.key(), kind, start, end));
        });
    }

    private void parseExternalEntries(String group) {
        p.resources.declareExternalGroup(group);
        parseListUntil(TokenKind.RBRACE, "}", () -> {
            String key = DenseSyntax.keywordOrString(p);
            if (key == null) throw p.errorAtCurrentToken("expected identifier key for 'resource' entry");
            p.advance();
            byte[] fast = p.at(TokenKind.COLON) ? scanHexValue() : null;
            if (fast != null) {
                p.resources.addExternal(group, key, new ResourceTable.BlobValue(blob(key, fast, valueStart)));
                return;
            }
            p.expect(TokenKind.COLON, "expected ':'");
            TokenKind kind = lex.kind();
            int start = lex.start(), end = lex.end();
            boolean isTrue = p.atKeyword("true"), isFalse = p.atKeyword("false");
            p.advance();
            ResourceTable.ExternalValue value;
            if (isTrue || isFalse) {
                value = new ResourceTable.BoolValue(isTrue);
            } else if (kind == TokenKind.STRING && startsWithHexPrefix(start, end)) {
                value = new ResourceTable.BlobValue(parseBlob(key, kind, start, end));
            } else if (kind == TokenKind.STRING) {
                value = new ResourceTable.StringValue(Lexer.decodeString(lex.buffer(), start, end));
            } else {
                throw p.error(start, "expected string value for key '" + key + "'");
            }
            p.resources.addExternal(group, key, value);
        });
    }

    private boolean startsWithHexPrefix(int start, int end) {
        byte[] b = lex.buffer();
        return end - start >= 3 && b[start + 1] == '0' && b[start + 2] == 'x';
    }

    /** Where the value read by {@link #scanHexValue} starts. */
    private int valueStart;

    /**
     * With the parser at the {@code :} of an entry: when the value is a {@code "0x..."} string of
     * hex digits, returns its bytes, decoded straight from the buffer (large blobs are not lexed
     * first), and leaves the parser after it; otherwise returns null and changes nothing.
     */
    private byte[] scanHexValue() {
        byte[] b = lex.buffer();
        int limit = lex.limit();
        int q = DenseLiteral.skipBlanks(b, lex.end(), limit);
        if (limit - q < 4 || b[q] != '"' || b[q + 1] != '0' || b[q + 2] != 'x') return null;
        byte[] bytes = DenseLiteral.decodeQuotedHex(b, q + 3, limit);
        if (bytes == null) return null;
        valueStart = q;
        lex.resetTo(q + 3 + 2 * bytes.length + 1);
        p.advance();
        return bytes;
    }

    /** A blob: a hex string whose first four bytes are the alignment (a power of two). */
    private ResourceBlob parseBlob(String key, TokenKind kind, int start, int end) {
        byte[] bytes = kind == TokenKind.STRING ? DenseLiteral.hexStringValue(lex.buffer(), start, end) : null;
        if (bytes == null) throw p.error(start, "expected hex string blob for key '" + key + "'");
        return blob(key, bytes, start);
    }

    private ResourceBlob blob(String key, byte[] bytes, int start) {
        if (bytes.length < 4) {
            throw p.error(start, "expected hex string blob for key '" + key + "' to encode alignment in first 4 bytes");
        }
        int alignment = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | (bytes[3] & 0xff) << 24;
        if (alignment != 0 && Integer.bitCount(alignment) != 1) {
            throw p.error(start, "expected hex string blob for key '" + key
                    + "' to encode alignment in first 4 bytes, but got non-power-of-2 value: "
                    + Integer.toUnsignedString(alignment));
        }
        return new ResourceBlob(Arrays.copyOfRange(bytes, 4, bytes.length), alignment);
    }
}
