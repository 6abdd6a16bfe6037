package jmlir.dialect.arith;

import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.rewrite.RewritePattern;

import java.util.List;

import static jmlir.dialect.arith.IntConstants.definedBy;

/**
 * Canonicalization patterns of the arith ops on float values that mlir-opt 22 registers
 * (ArithCanonicalization.td and ArithOps.cpp), with its benefits (a declarative pattern's
 * benefit is the number of ops it matches) and its locations (the matched ops' fused location).
 */
final class FloatCanonicalizations {
    private FloatCanonicalizations() {
    }

    static List<RewritePattern> forOp(String name) {
        return switch (name) {
            case "arith.cmpf" -> List.of(RewritePattern.of("CmpFIntToFPConst", name, 1, CmpFIntToFPConst::rewrite));
            case "arith.truncf" -> List.of(
                    truncfOfIntToFloat("TruncFSIToFPToSIToFP", "arith.sitofp"),
                    truncfOfIntToFloat("TruncFUIToFPToUIToFP", "arith.uitofp"));
            case "arith.mulf" -> List.of(ofNegations("MulFOfNegF", name));
            case "arith.divf" -> List.of(ofNegations("DivFOfNegF", name));
            default -> List.of();
        };
    }

    /** truncf(sitofp(x)) -> sitofp(x) (and uitofp alike) when the truncf has no rounding mode. */
    private static RewritePattern truncfOfIntToFloat(String debugName, String conversion) {
        return RewritePattern.of(debugName, "arith.truncf", 2, (op, r) -> {
            Operation inner = definedBy(op.operand(0), conversion);
            if (inner == null || op.property("roundingmode") != null) return false;
            r.setInsertionPoint(op);
            Location loc = PatternLocations.fused(op, inner);
            r.replaceOp(op, List.of(ArithBuild.cast(r, loc, conversion, inner.operand(0), op.result(0).type())));
            return true;
        });
    }

    /** op(negf(x), negf(y)) -> op(x, y) with op's fast-math flags, when x and y have one type. */
    private static RewritePattern ofNegations(String debugName, String name) {
        return RewritePattern.of(debugName, name, 3, (op, r) -> {
            Operation lhs = definedBy(op.operand(0), "arith.negf");
            Operation rhs = definedBy(op.operand(1), "arith.negf");
            if (lhs == null || rhs == null) return false;
            Value x = lhs.operand(0);
            Value y = rhs.operand(0);
            if (!x.type().equals(y.type())) return false;
            r.setInsertionPoint(op);
            jmlir.ir.Attribute fastmath = op.property("fastmath");
            Value replacement = ArithBuild.op(r, PatternLocations.fused(op, lhs, rhs), name, op.result(0).type(),
                    fastmath == null ? null : ArithProps.of("fastmath", fastmath), x, y);
            r.replaceOp(op, List.of(replacement));
            return true;
        });
    }
}
