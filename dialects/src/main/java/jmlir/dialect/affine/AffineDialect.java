package jmlir.dialect.affine;

import jmlir.ir.Attribute;
import jmlir.ir.Dialect;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.rewrite.Builder;

/**
 * The {@code affine} dialect: loops ({@code affine.for}) and conditionals ({@code affine.if})
 * whose bounds and conditions are affine in the enclosing loops' induction variables and in
 * symbols, parallel loop bands ({@code affine.parallel}), memory accesses with affine
 * subscripts ({@code affine.load}, {@code affine.store}, their vector forms,
 * {@code affine.prefetch}, DMA transfers) and index arithmetic ({@code affine.apply},
 * {@code affine.min}, {@code affine.max}, {@code affine.delinearize_index},
 * {@code affine.linearize_index}), with mlir-opt 22's syntax and checks, and its folds and
 * canonicalization patterns (but for the index (de)linearization ops).
 */
public final class AffineDialect extends Dialect {
    public static final String NAMESPACE = "affine";

    public AffineDialect() {
        super(NAMESPACE);
        // Each definition is made when its op is first used (class initialisation builds it).
        addOperation(ForOp.NAME, () -> ForOp.DEFINITION);
        addOperation(IfOp.NAME, () -> IfOp.DEFINITION);
        addOperation(ParallelOp.NAME, () -> ParallelOp.DEFINITION);
        addOperation(YieldOp.NAME, () -> YieldOp.DEFINITION);
        addOperation(ApplyOp.NAME, () -> ApplyOp.DEFINITION);
        addOperation(MinMaxOp.MIN, () -> MinMaxOp.MIN_DEFINITION);
        addOperation(MinMaxOp.MAX, () -> MinMaxOp.MAX_DEFINITION);
        addOperation(LoadOp.NAME, () -> LoadOp.DEFINITION);
        addOperation(StoreOp.NAME, () -> StoreOp.DEFINITION);
        addOperation(VectorLoadOp.NAME, () -> VectorLoadOp.DEFINITION);
        addOperation(VectorStoreOp.NAME, () -> VectorStoreOp.DEFINITION);
        addOperation(PrefetchOp.NAME, () -> PrefetchOp.DEFINITION);
        addOperation(DmaStartOp.NAME, () -> DmaStartOp.DEFINITION);
        addOperation(DmaWaitOp.NAME, () -> DmaWaitOp.DEFINITION);
        addOperation(DelinearizeIndexOp.NAME, () -> DelinearizeIndexOp.DEFINITION);
        addOperation(LinearizeIndexOp.NAME, () -> LinearizeIndexOp.DEFINITION);
    }

    /** Constants are {@code arith.constant}s, as in MLIR. */
    @Override
    public Operation materializeConstant(Builder builder, Attribute value, Type type, Location location) {
        Dialect arith = builder.context().dialect("arith");
        return arith == null ? null : arith.materializeConstant(builder, value, type, location);
    }
}
