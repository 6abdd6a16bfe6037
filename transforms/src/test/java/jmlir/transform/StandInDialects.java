package jmlir.transform;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;

/**
 * The few memref and scf ops the effect goldens use, with MLIR's traits and memory effects and
 * generic syntax only, registered while jmlir does not define those dialects itself.
 */
final class StandInDialects {
    private StandInDialects() {
    }

    static void registerMissing(Context context) {
        if (!context.isRegisteredDialect("memref")) context.register("memref", Memref::new);
        if (!context.isRegisteredDialect("scf")) context.register("scf", Scf::new);
    }

    private static OpDef.Builder op(String name) {
        return OpDef.builder(name)
                .variadicOperand("operands", TypeConstraint.ANY)
                .variadicResult("results", TypeConstraint.ANY);
    }

    private static final class Memref extends Dialect {
        Memref() {
            super("memref");
            addOperations(
                    op("memref.load").effects((op, out) ->
                            out.add(new MemoryEffect(MemoryEffect.Kind.READ, op.operand(0)))).build(),
                    op("memref.store").effects((op, out) ->
                            out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(1)))).build(),
                    op("memref.alloc")
                            .optionalProperty("operandSegmentSizes", AttrConstraint.ANY, null)
                            .effects((op, out) ->
                                    out.add(new MemoryEffect(MemoryEffect.Kind.ALLOCATE, op.result(0)))).build());
        }
    }

    private static final class Scf extends Dialect {
        Scf() {
            super("scf");
            addOperations(
                    op("scf.if").variadicRegion("regions").traits(Trait.RECURSIVE_MEMORY_EFFECTS).build(),
                    op("scf.execute_region").variadicRegion("regions").traits(Trait.RECURSIVE_MEMORY_EFFECTS).build(),
                    op("scf.yield").traits(Trait.TERMINATOR, Trait.PURE).build());
        }
    }
}
