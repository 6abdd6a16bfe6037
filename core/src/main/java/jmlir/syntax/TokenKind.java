package jmlir.syntax;

/** The kinds of tokens of MLIR's textual syntax. */
public enum TokenKind {
    EOF, ERROR,
    BARE_IDENTIFIER,        // foo, i32, builtin.module
    AT_IDENTIFIER,          // @foo, @"foo"
    HASH_IDENTIFIER,        // #map
    PERCENT_IDENTIFIER,     // %0, %arg
    CARET_IDENTIFIER,       // ^bb0
    EXCLAMATION_IDENTIFIER, // !alias
    INTEGER, FLOAT, STRING,
    ARROW, COLON, COMMA, ELLIPSIS, EQUAL, GREATER, LBRACE, LPAREN, LSQUARE, LESS, MINUS, PLUS,
    QUESTION, RBRACE, RPAREN, RSQUARE, STAR, VERTICAL_BAR,
    FILE_METADATA_BEGIN,    // {-#
    FILE_METADATA_END,      // #-}
}
