package jmlir.transform;

import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassOption;
import jmlir.pass.PassStatistic;

import java.util.ArrayList;
import java.util.List;

/** {@code mark-functions{label=hot}}: puts {@code toy.label = "hot"} on every function. */
public final class MarkFunctions extends Pass {
    private final PassOption<String> label = option(PassOption.string("label", "The label to attach", "hot"));
    private final PassStatistic marked = statistic("num-marked", "Number of functions marked");

    @Override
    public String argument() {
        return "mark-functions";
    }

    @Override
    public String description() {
        return "Label every function";
    }

    @Override
    public String anchor() {
        return "func.func"; // runs on each function, functions in parallel
    }

    @Override
    public void run(Operation op, PassContext context) {
        List<NamedAttribute> attributes = new ArrayList<>(op.attributes().entries());
        attributes.add(new NamedAttribute("toy.label", StringAttr.of(label.get())));
        op.setAttributes(DictionaryAttr.sorted(attributes));
        marked.add(1);
    }
}
