package jmlir.ir;

import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;

import java.util.List;

/**
 * Ops that implement the call, callable, branch and region-branch interfaces, in generic form,
 * for the tests of those interfaces.
 */
final class InterfacesTestDialect extends Dialect {
    InterfacesTestDialect() {
        super("it");
        addOperations(
                OpDef.builder("it.module").region("body").traits(Trait.SYMBOL_TABLE, Trait.NO_TERMINATOR).build(),
                OpDef.builder("it.func").region("body")
                        .property("sym_name", AttrConstraint.SYMBOL_NAME)
                        .property("function_type", AttrConstraint.FUNCTION_TYPE)
                        .traits(Trait.SYMBOL, Trait.ISOLATED_FROM_ABOVE)
                        .callable("body", "function_type").build(),
                OpDef.builder("it.call").variadicOperand("args", TypeConstraint.ANY)
                        .variadicResult("results", TypeConstraint.ANY)
                        .property("callee", AttrConstraint.SYMBOL_REF)
                        .call("callee", "args").build(),
                OpDef.builder("it.call_value").operand("fn", TypeConstraint.FUNCTION)
                        .variadicOperand("args", TypeConstraint.ANY)
                        .variadicResult("results", TypeConstraint.ANY)
                        .call("fn", "args").build(),
                OpDef.builder("it.value").result("out", TypeConstraint.ANY).traits(Trait.PURE).build(),
                OpDef.builder("it.br").variadicOperand("destOperands", TypeConstraint.ANY).successor("dest")
                        .traits(Trait.TERMINATOR, Trait.PURE).branch("destOperands").build(),
                OpDef.builder("it.cond_br").operand("condition", TypeConstraint.I1)
                        .variadicOperand("trueOperands", TypeConstraint.ANY)
                        .variadicOperand("falseOperands", TypeConstraint.ANY)
                        .successor("trueDest").successor("falseDest")
                        .traits(Trait.TERMINATOR, Trait.PURE, Trait.ATTR_SIZED_OPERAND_SEGMENTS)
                        .branch("trueOperands", "falseOperands").build(),
                OpDef.builder("it.return").variadicOperand("operands", TypeConstraint.ANY)
                        .traits(Trait.TERMINATOR, Trait.PURE, Trait.RETURN_LIKE).build(),
                // Runs its region zero or more times: entered with its operands, looping with what
                // the region yields, and leaving with that as its results.
                OpDef.builder("it.loop").variadicOperand("inits", TypeConstraint.ANY)
                        .variadicResult("results", TypeConstraint.ANY).region("body")
                        .regionBranch(new OpDef.RegionBranch() {
                            @Override
                            public List<RegionBranchOpInterface.Successor> successors(Operation op, Region from) {
                                return List.of(RegionBranchOpInterface.Successor.of(op.region(0)),
                                        RegionBranchOpInterface.Successor.parent(op));
                            }

                            @Override
                            public List<Value> entryOperands(Operation op, Region to) {
                                List<Value> inits = new java.util.ArrayList<>();
                                for (int i = 0; i < op.numOperands(); i++) inits.add(op.operand(i));
                                return inits;
                            }
                        }).build(),
                // Yields its operands after the first (a tag that stays behind).
                OpDef.builder("it.yield_tail").variadicOperand("operands", TypeConstraint.ANY)
                        .traits(Trait.TERMINATOR)
                        .regionTerminator((op, to) -> {
                            List<Value> tail = new java.util.ArrayList<>();
                            for (int i = 1; i < op.numOperands(); i++) tail.add(op.operand(i));
                            return tail;
                        }).build(),
                OpDef.builder("it.scope").region("body").implicitTerminator("it.end").build(),
                OpDef.builder("it.spec").traits(Trait.ALWAYS_SPECULATABLE).build(),
                OpDef.builder("it.end").traits(Trait.TERMINATOR).build(),
                OpDef.builder("it.same_shape").variadicOperand("operands", TypeConstraint.ANY)
                        .traits(Trait.SAME_OPERANDS_SHAPE).build(),
                OpDef.builder("it.same_shape_result").variadicOperand("operands", TypeConstraint.ANY)
                        .variadicResult("results", TypeConstraint.ANY)
                        .traits(Trait.SAME_OPERANDS_AND_RESULT_SHAPE).build());
    }

    static Context context() {
        Context context = new Context();
        context.register("it", InterfacesTestDialect::new);
        context.setAllowUnregisteredDialects(true);
        return context;
    }

    static Operation parse(String text) {
        return new Parser(context(), SourceFile.of("test.mlir", text), new ResourceTable()).parseTopLevel();
    }
}
