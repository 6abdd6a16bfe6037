package jmlir.pass;

import jmlir.ir.Operation;
import jmlir.ir.Trait;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of passes and nested pass managers run on ops of one name ({@code builtin.module},
 * {@code func.func}) or on any op isolated from above ({@code any}). A nested manager runs on
 * each matching op directly inside the regions of the op its parent runs on.
 */
public class OpPassManager {
    /** The anchor of a pass manager that runs on any op isolated from above. */
    public static final String ANY = "any";

    /** One step of a pipeline: a pass, or a pass manager nested on the ops inside. */
    public sealed interface Step permits PassStep, NestedStep {
    }

    public record PassStep(Pass pass) implements Step {
    }

    public record NestedStep(OpPassManager manager) implements Step {
    }

    private final String anchor;
    private final boolean implicitNesting;
    private final List<Step> steps = new ArrayList<>();

    /**
     * A pass manager on ops named {@code anchor} (or {@link #ANY}). With implicit nesting, a
     * pass meant for other ops is put into a nested manager on its ops, as mlir-opt does for
     * passes named on the command line.
     */
    public OpPassManager(String anchor, boolean implicitNesting) {
        this.anchor = anchor;
        this.implicitNesting = implicitNesting;
    }

    public OpPassManager(String anchor) {
        this(anchor, false);
    }

    /** The op name this manager runs on, or {@code any}. */
    public String anchor() {
        return anchor;
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The number of steps (a nested manager counts as one, as in mlir-opt's pipeline dump). */
    public int size() {
        return steps.size();
    }

    /**
     * Adds a pass. A pass meant for one op name ({@link Pass#anchor()}) other than this
     * manager's goes into a new nested manager with implicit nesting; without, it is an error.
     */
    public OpPassManager addPass(Pass pass) {
        String passAnchor = pass.anchor();
        if (passAnchor != null && !passAnchor.equals(anchor) && !anchor.equals(ANY)) {
            if (!implicitNesting) {
                throw new IllegalArgumentException("Can't add pass '" + pass.name() + "' restricted to '"
                        + passAnchor + "' on a PassManager intended to run on '" + anchor
                        + "', did you intend to nest?");
            }
            nest(passAnchor).addPass(pass);
            return this;
        }
        steps.add(new PassStep(pass));
        return this;
    }

    /** Adds and returns a new pass manager nested on ops named {@code opName} (or {@code any}). */
    public OpPassManager nest(String opName) {
        OpPassManager nested = new OpPassManager(opName, implicitNesting);
        steps.add(new NestedStep(nested));
        return nested;
    }

    /** Whether this manager runs on {@code op}: its name matches, or the op is isolated from above for {@code any}. */
    public boolean canRunOn(Operation op) {
        if (anchor.equals(ANY)) return op.isRegistered() && op.hasTrait(Trait.ISOLATED_FROM_ABOVE);
        return op.name().name().equals(anchor);
    }

    /** The pipeline on one line: {@code builtin.module(func.func(cse),canonicalize{...})}. */
    public String toTextualPipeline() {
        StringBuilder out = new StringBuilder();
        printTextual(out);
        return out.toString();
    }

    private void printTextual(StringBuilder out) {
        out.append(anchor).append('(');
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) out.append(',');
            switch (steps.get(i)) {
                case PassStep p -> p.pass().printAsTextualPipeline(out);
                case NestedStep n -> n.manager().printTextual(out);
            }
        }
        out.append(')');
    }

    /** The pipeline over several lines, indented as {@code --dump-pass-pipeline} shows it. */
    public String toIndentedPipeline() {
        StringBuilder out = new StringBuilder();
        printIndented(out, 0);
        return out.toString();
    }

    private void printIndented(StringBuilder out, int indent) {
        out.append(anchor).append("(\n");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) out.append(",\n");
            out.repeat(' ', indent + 2);
            switch (steps.get(i)) {
                case PassStep p -> p.pass().printAsTextualPipeline(out);
                case NestedStep n -> n.manager().printIndented(out, indent + 2);
            }
        }
        out.append('\n').repeat(' ', indent).append(')');
    }

    /** What {@code --dump-pass-pipeline} prints (to stderr), with its trailing blank line. */
    public String dump() {
        return "Pass Manager with " + size() + " passes:\n" + toIndentedPipeline() + "\n\n";
    }

    /**
     * This pipeline as it runs: adjacent nested managers on the same ops merged into one, so
     * each op goes through all their passes in one visit (as MLIR merges them). The passes are
     * the same instances.
     */
    OpPassManager merged() {
        OpPassManager result = new OpPassManager(anchor, implicitNesting);
        OpPassManager open = null;
        for (Step step : steps) {
            if (step instanceof NestedStep n) {
                if (open != null && open.anchor.equals(n.manager().anchor)) {
                    open.steps.addAll(n.manager().steps);
                } else {
                    open = new OpPassManager(n.manager().anchor, implicitNesting);
                    open.steps.addAll(n.manager().steps);
                    result.steps.add(new NestedStep(open));
                }
            } else {
                open = null;
                result.steps.add(step);
            }
        }
        for (int i = 0; i < result.steps.size(); i++) {
            if (result.steps.get(i) instanceof NestedStep n) result.steps.set(i, new NestedStep(n.manager().merged()));
        }
        return result;
    }

    @Override
    public String toString() {
        return toTextualPipeline();
    }
}
