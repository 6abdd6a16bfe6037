package jmlir.ir;

import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;

/** Ops with every kind of stated memory effect, written in generic form, for tests of effects and dominance. */
final class EffectsTestDialect extends Dialect {
    EffectsTestDialect() {
        super("fx");
        addOperations(
                op("fx.pure").traits(Trait.PURE).build(),
                op("fx.comm").traits(Trait.PURE, Trait.COMMUTATIVE).build(),
                op("fx.read").effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.READ, null))).build(),
                op("fx.write").effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, null))).build(),
                op("fx.none").effects((op, out) -> { }).build(),
                op("fx.alloc").effects((op, out) -> {
                    out.add(new MemoryEffect(MemoryEffect.Kind.ALLOCATE, op.result(0)));
                    out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.result(0)));
                }).build(),
                op("fx.alloc_operand").effects((op, out) ->
                        out.add(new MemoryEffect(MemoryEffect.Kind.ALLOCATE, op.operand(0)))).build(),
                op("fx.recursive").traits(Trait.RECURSIVE_MEMORY_EFFECTS).build(),
                op("fx.pure_recursive").traits(Trait.PURE, Trait.RECURSIVE_MEMORY_EFFECTS).build(),
                op("fx.opaque").build(),
                op("fx.graph").traits(Trait.GRAPH_REGIONS, Trait.NO_TERMINATOR).build(),
                op("fx.term").traits(Trait.TERMINATOR, Trait.PURE).build(),
                op("fx.sym").traits(Trait.SYMBOL, Trait.PURE).build());
    }

    private static OpDef.Builder op(String name) {
        return OpDef.builder(name)
                .variadicOperand("operands", TypeConstraint.ANY)
                .variadicResult("results", TypeConstraint.ANY)
                .variadicRegion("regions")
                .variadicSuccessor("successors");
    }

    static Context context() {
        Context context = new Context();
        context.register("fx", EffectsTestDialect::new);
        context.setAllowUnregisteredDialects(true);
        return context;
    }

    static Operation parse(String text) {
        return new Parser(context(), SourceFile.of("test.mlir", text), new ResourceTable()).parseTopLevel();
    }

    static String print(Operation op) {
        return OpPrinter.print(op, new PrintOptions());
    }

    /** The op with the attribute {@code tag = "<tag>"}. */
    static Operation tagged(Operation root, String tag) {
        Operation[] found = new Operation[1];
        root.walkPostOrder(op -> {
            if (op.attribute("tag") instanceof StringAttr s && s.value().equals(tag)) found[0] = op;
        });
        if (found[0] == null) throw new AssertionError("no op tagged " + tag);
        return found[0];
    }
}
