package jmlir.bench;

import jmlir.cli.JmlirOpt;
import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.Lexer;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.TokenKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a benchmark needs jmlir to do with its workload. {@link #check} does it once and returns
 * null, or says why jmlir cannot yet; the runner leaves out the workloads a benchmark cannot
 * run, so an unsupported input is reported as such and never as a time.
 */
public enum Stage {
    LEX, PARSE, PRINT, VERIFY, END_TO_END;

    /** Null if the workload can be benchmarked at this stage, else the reason it cannot. */
    public String check(String workload) {
        try {
            byte[] text = Workloads.bytes(workload);
            switch (this) {
                case LEX -> lexAll(text);
                case PARSE -> parse(workload, text);
                case PRINT -> OpPrinter.print(parseIr(workload), new PrintOptions());
                case VERIFY -> {
                    Diagnostic d = Verifier.verify(parseIr(workload));
                    if (d != null) return "does not verify: " + d.message();
                }
                case END_TO_END -> {
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    int code = JmlirOpt.run(new String[] {"--allow-unregistered-dialect", "-"},
                            new ByteArrayInputStream(text), nullStream(),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
                    if (code != 0) return "jmlir-opt exits with " + code + ": " + firstLine(err.toString(StandardCharsets.UTF_8));
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return firstLine(String.valueOf(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    // ---------------------------------------------------------------- shared by the benchmarks

    /** Lexes the whole buffer; returns the number of tokens. */
    static int lexAll(byte[] text) {
        Lexer lexer = new Lexer(text, 0, text.length);
        int n = 0;
        TokenKind k;
        while ((k = lexer.next()) != TokenKind.EOF) {
            if (k == TokenKind.ERROR) throw new IllegalStateException("lexer error: " + lexer.errorMessage());
            n++;
        }
        return n;
    }

    /** A context as jmlir-opt makes one: the shipped dialects registered, unregistered ones allowed. */
    static Context newContext() {
        Context ctx = Dialects.registerAll(new Context());
        ctx.setAllowUnregisteredDialects(true);
        return ctx;
    }

    /** Parses {@code text} in a new context. */
    static Operation parse(String name, byte[] text) {
        return new Parser(newContext(), SourceFile.of(name, text), new ResourceTable()).parseTopLevel();
    }

    /**
     * The IR of a workload, for the benchmarks that start from parsed IR (printer, verifier): the
     * pinned text if jmlir reads it, else its generic form, which is the same IR as mlir-opt reads
     * it. So the printer and verifier results keep their names while jmlir's custom syntax grows.
     */
    static Operation parseIr(String workload) {
        try {
            return parse(workload, Workloads.bytes(workload));
        } catch (RuntimeException e) {
            if (workload.endsWith(Workloads.GENERIC_SUFFIX) || !Workloads.ALL.contains(workload + Workloads.GENERIC_SUFFIX)) {
                throw e;
            }
            String generic = workload + Workloads.GENERIC_SUFFIX;
            return parse(generic, Workloads.bytes(generic));
        }
    }

    static PrintStream nullStream() {
        return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }
}
