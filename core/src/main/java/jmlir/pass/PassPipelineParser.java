package jmlir.pass;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads textual pass pipelines as mlir-opt does: {@code builtin.module(func.func(cse),canonicalize{max-iterations=3})}.
 * An element is a pass name with optional {@code {options}}, or an op name followed by a
 * parenthesised pipeline to run on the ops of that name. Errors carry mlir-opt's messages and
 * positions (1-based, within the text inside the outer anchor).
 */
public final class PassPipelineParser {
    private static final String PARSER_NAME = "MLIR Textual PassPipeline Parser";

    private final String text;
    private final PassRegistry registry;
    private int pos;

    private record Element(String name, int namePos, String options, List<Element> nested) {
    }

    private PassPipelineParser(String text, PassRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    /**
     * Parses a whole {@code --pass-pipeline} value, which must be wrapped in its anchor op
     * name: {@code builtin.module(...)}.
     */
    public static OpPassManager parse(String pipeline, PassRegistry registry) throws PassPipelineException {
        int open = pipeline.indexOf('(');
        if (open < 0 || !pipeline.endsWith(")") || pipeline.substring(0, open).isBlank()) {
            throw new PassPipelineException("expected pass pipeline to be wrapped with the anchor operation type, "
                    + "e.g. 'builtin.module(...)'");
        }
        OpPassManager pm = new OpPassManager(pipeline.substring(0, open).strip());
        parseInto(pm, pipeline.substring(open + 1, pipeline.length() - 1), registry);
        return pm;
    }

    /**
     * Adds the pipeline elements of {@code text} ({@code func.func(cse),canonicalize}, without
     * an outer anchor) to {@code pm}. Blank text adds nothing.
     */
    public static void parseInto(OpPassManager pm, String text, PassRegistry registry) throws PassPipelineException {
        if (text.isBlank()) return;
        PassPipelineParser parser = new PassPipelineParser(text, registry);
        List<Element> elements = parser.parseList(-1);
        parser.checkNames(elements);
        parser.build(pm, elements);
    }

    /**
     * Makes the pass {@code argument} with options {@code options} (null for none), as a per-pass
     * command-line flag does ({@code --canonicalize=top-down=false}).
     */
    public static Pass createPass(String argument, String options, PassRegistry registry) throws PassPipelineException {
        Pass pass = registry.create(argument);
        if (pass == null) throw new PassPipelineException("'" + argument + "' does not refer to a registered pass");
        if (options != null) {
            try {
                PassOptionsParser.apply(pass, options);
            } catch (PassOptionsParser.PassOptionsException e) {
                throw new PassPipelineException(e.commandLineError(), e.diagnostic());
            }
        }
        return pass;
    }

    /** Parses elements up to the end, or up to the ')' closing the '(' at {@code openParen} (when not -1). */
    private List<Element> parseList(int openParen) throws PassPipelineException {
        List<Element> elements = new ArrayList<>();
        while (true) {
            int start = pos;
            while (pos < text.length() && ",(){".indexOf(text.charAt(pos)) < 0 && text.charAt(pos) != ')') pos++;
            String raw = text.substring(start, pos);
            String name = raw.strip();
            int namePos = start + (name.isEmpty() ? 0 : raw.indexOf(name.charAt(0)));
            String options = null;
            if (pos < text.length() && text.charAt(pos) == '{') {
                int close = matchingBrace(pos);
                if (close < 0) throw error(pos, "missing closing '}' while processing pass options");
                options = text.substring(pos + 1, close);
                pos = close + 1;
            }
            skipSpaces();
            List<Element> nested = null;
            if (pos < text.length() && text.charAt(pos) == '(') {
                int open = pos++;
                nested = parseList(open);
                skipSpaces();
            }
            elements.add(new Element(name, namePos, options, nested));
            if (pos >= text.length()) {
                // mlir-opt points just after the '(' left open.
                if (openParen >= 0) throw error(openParen + 1, "encountered unbalanced parentheses while parsing pipeline");
                return elements;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == ')') {
                if (openParen < 0) {
                    throw error(pos, "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline");
                }
                pos++;
                return elements;
            } else {
                throw error(pos, "expected ',' after parsing pipeline");
            }
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    /** The index of the '}' closing the '{' at {@code open}, or -1. */
    private int matchingBrace(int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Every pass name must be registered (checked before any pass is made, as mlir-opt does). */
    private void checkNames(List<Element> elements) throws PassPipelineException {
        for (Element e : elements) {
            if (e.nested() != null) {
                checkNames(e.nested());
            } else if (!registry.contains(e.name())) {
                throw error(e.namePos(), "'" + e.name() + "' does not refer to a registered pass or pass pipeline");
            }
        }
    }

    private void build(OpPassManager pm, List<Element> elements) throws PassPipelineException {
        for (Element e : elements) {
            if (e.nested() != null) {
                build(pm.nest(e.name()), e.nested());
                continue;
            }
            Pass pass = registry.create(e.name());
            if (e.options() != null) {
                try {
                    PassOptionsParser.apply(pass, e.options());
                } catch (PassOptionsParser.PassOptionsException ex) {
                    throw new PassPipelineException(ex.commandLineError(), ex.diagnostic()
                            + "\nfailed to add `" + e.name() + "` with options `" + e.options() + "`\n");
                }
            }
            try {
                pm.addPass(pass);
            } catch (IllegalArgumentException ex) {
                throw new PassPipelineException(ex.getMessage() + "\nfailed to add `" + e.name() + "` with options `"
                        + (e.options() == null ? "" : e.options()) + "`\n");
            }
        }
    }

    /** An error at {@code at}, shown with its line of the pipeline and a caret, as mlir-opt shows it. */
    private PassPipelineException error(int at, String message) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = text.length();
        int line = 1;
        for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
        int column = at - lineStart + 1;
        return new PassPipelineException(PARSER_NAME + ":" + line + ":" + column + ": error: " + message + "\n"
                + text.substring(lineStart, lineEnd) + "\n" + " ".repeat(column - 1) + "^\n");
    }
}
