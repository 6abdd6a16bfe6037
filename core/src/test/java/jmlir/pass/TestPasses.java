package jmlir.pass;

import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;

/** Passes and inputs for the pass manager's tests. */
final class TestPasses {
    private TestPasses() {
    }

    /** A pass with mlir-opt's {@code cse} name and (lack of) options. */
    static final class Cse extends Pass {
        @Override
        public String argument() {
            return "cse";
        }

        @Override
        public String name() {
            return "CSE";
        }

        @Override
        public String description() {
            return "Eliminate common sub-expressions";
        }

        @Override
        public void run(Operation op, PassContext context) {
        }
    }

    /** A pass with mlir-opt's {@code canonicalize} name and options, which does nothing. */
    static final class Canonicalize extends Pass {
        enum RegionSimplify { DISABLED, NORMAL, AGGRESSIVE }

        Canonicalize() {
            option(PassOption.bool("top-down", "Seed the worklist in general top-down order", true));
            option(PassOption.choice("region-simplify", "Perform control flow optimizations to the region tree",
                    RegionSimplify.NORMAL));
            option(PassOption.integer("max-iterations", "Max. iterations between applying patterns / simplifying regions",
                    10));
            option(PassOption.integer("max-num-rewrites", "Max. number of pattern rewrites within an iteration", -1));
            option(PassOption.bool("test-convergence", "Test only: Fail pass on non-convergence to detect cyclic pattern",
                    false));
            option(PassOption.list("disable-patterns", "Labels of patterns that should be filtered out during application"));
            option(PassOption.list("enable-patterns", "Labels of patterns that should be used during application"));
        }

        @Override
        public String argument() {
            return "canonicalize";
        }

        @Override
        public String name() {
            return "Canonicalizer";
        }

        @Override
        public String description() {
            return "Canonicalize operations";
        }

        @Override
        public void run(Operation op, PassContext context) {
        }
    }

    static PassRegistry registry() {
        return new PassRegistry().register(Cse::new).register(Canonicalize::new);
    }

    static Operation parse(Context context, String text) {
        return new Parser(context, SourceFile.of("input.mlir", text), new ResourceTable()).parseTopLevel();
    }

    static Context unregisteredAllowed() {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        return context;
    }
}
