package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PosixRegexTest {

    private static boolean finds(String regex, String text) throws PosixRegex.SyntaxError {
        return PosixRegex.compile(regex).matcher(text).find();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "h.l+o => hello world => true",
            "^hello world$ => hello world => true",
            "^world => hello world => false",
            "\\d => d => true",
            "\\d => 1 => false",
            "[\\w] => \\ => true",
            "[]a] => ] => true",
            "[^a-z ] => hello world => false",
            "[[:alpha:]]+ [[:digit:]]{2,3} => abc 12 => true",
            "[[.space.]] => a b => true",
            "[[=o=]] => foo => true",
            "l{,2}o => l{,2}o => true",
            "a{x} => a{x} => true",
            "(l)\\1o => hello => true",
            "(hello|bye) (world|moon) => bye moon => true",
            "[[:<:]]wor => hello world => true",
            "[[:<:]]orl => hello world => false",
            "o[[:>:]] => hello world => true",
            "$*x => x => true",
    })
    void matchesLikeLlvm(String regex, String text, boolean expected) throws PosixRegex.SyntaxError {
        assertThat(finds(regex, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "(world => parentheses not balanced",
            ") => parentheses not balanced",
            "'' => empty (sub)expression",
            "a| => empty (sub)expression",
            "(|a) => empty (sub)expression",
            "a** => repetition-operator operand invalid",
            "*a => repetition-operator operand invalid",
            "^* => repetition-operator operand invalid",
            "{1 => repetition-operator operand invalid",
            "[a => brackets ([ ]) not balanced",
            "[z-a] => invalid character range",
            "[a-c-e] => invalid character range",
            "[[:foo:]] => invalid character class",
            "[[.nosuch.]] => invalid collating element",
            "a{1 => braces not balanced",
            "a{2,1} => invalid repetition count(s)",
            "a{300} => invalid repetition count(s)",
            "a{1x} => invalid repetition count(s)",
            "\\ => trailing backslash (\\)",
            "\\2 => invalid backreference number",
            "(a\\1) => invalid backreference number",
    })
    void rejectsLikeLlvm(String regex, String message) {
        assertThatThrownBy(() -> PosixRegex.compile(regex))
                .isInstanceOf(PosixRegex.SyntaxError.class)
                .hasMessage(message);
    }

    @Test
    void dollarOnlyAtTheEndAndDotMatchesLineFeeds() throws PosixRegex.SyntaxError {
        assertThat(finds("hello$", "hello\n")).isFalse();
        assertThat(finds("a.b", "a\nb")).isTrue();
        assertThat(finds("a[^x]b", "a\nb")).isTrue();
    }

    @Test
    void escapesSpecialCharacters() throws PosixRegex.SyntaxError {
        String literal = "a(b)^$|*+?.[]\\{}";
        assertThat(PosixRegex.escape(literal)).isEqualTo("a\\(b\\)\\^\\$\\|\\*\\+\\?\\.\\[\\]\\\\\\{\\}");
        assertThat(finds(PosixRegex.escape(literal), "x" + literal + "y")).isTrue();
    }
}
