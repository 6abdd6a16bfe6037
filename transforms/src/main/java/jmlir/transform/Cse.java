package jmlir.transform;

import jmlir.ir.DominanceInfo;
import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassStatistic;
import jmlir.rewrite.Rewriter;

/** The {@code cse} pass: common sub-expression elimination (see {@link CseDriver}). */
public final class Cse extends Pass {
    private final PassStatistic numCse = statistic("num-cse'd", "Number of operations CSE'd");
    private final PassStatistic numDce = statistic("num-dce'd", "Number of operations DCE'd");

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
        DominanceInfo dominance;
        try (var t = context.timeAnalysis("DominanceInfo")) {
            dominance = new DominanceInfo();
        }
        CseDriver driver = new CseDriver(new Rewriter(context.context()), dominance);
        driver.simplify(op);
        numCse.add(driver.numCse());
        numDce.add(driver.numDce());
    }
}
