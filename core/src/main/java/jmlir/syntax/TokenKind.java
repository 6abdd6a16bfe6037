package jmlir.syntax;

/** The kinds of tokens of MLIR's textual syntax. */
public enum TokenKind {
    EOF("end of file"), ERROR("error"),
    BARE_IDENTIFIER("identifier"),       // foo, i32, builtin.module
    AT_IDENTIFIER("@-identifier"),       // @foo, @"foo"
    HASH_IDENTIFIER("#-identifier"),     // #map
    PERCENT_IDENTIFIER("%-identifier"),  // %0, %arg
    CARET_IDENTIFIER("^-identifier"),    // ^bb0
    EXCLAMATION_IDENTIFIER("!-identifier"), // !alias
    INTEGER("integer"), FLOAT("float"), STRING("string"),
    ARROW("->"), COLON(":"), COMMA(","), ELLIPSIS("..."), EQUAL("="), GREATER(">"), LBRACE("{"), LPAREN("("),
    LSQUARE("["), LESS("<"), MINUS("-"), PLUS("+"), QUESTION("?"), RBRACE("}"), RPAREN(")"), RSQUARE("]"),
    STAR("*"), VERTICAL_BAR("|"),
    FILE_METADATA_BEGIN("{-#"),
    FILE_METADATA_END("#-}");

    private final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** How the token is written (for punctuation) or named (for the others) in messages. */
    public String spelling() {
        return spelling;
    }
}
