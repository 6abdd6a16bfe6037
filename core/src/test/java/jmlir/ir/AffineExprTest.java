package jmlir.ir;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static jmlir.ir.AffineExpr.constant;
import static jmlir.ir.AffineExpr.dim;
import static jmlir.ir.AffineExpr.symbol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Building expressions from Java. The printed forms are those mlir-opt 22 prints for the same
 * expressions written as text (e.g. {@code (d0, d1)[s0] -> (d0 + d0, 4 + d0, ...)}).
 */
class AffineExprTest {
    private final AffineExpr d0 = dim(0);
    private final AffineExpr d1 = dim(1);
    private final AffineExpr s0 = symbol(0);

    @Test
    void combinatorsSimplifyAsMlirDoes() {
        assertThat(d0.add(d0)).hasToString("d0 * 2");
        assertThat(constant(4).add(d0)).hasToString("d0 + 4");
        assertThat(s0.add(d1)).hasToString("d1 + s0");
        assertThat(d1.add(d0)).hasToString("d0 + d1");
        assertThat(d0.sub(d0.floorDiv(4).mul(4))).hasToString("d0 mod 4");
        assertThat(constant(Long.MAX_VALUE).add(1)).hasToString("9223372036854775807 + 1");
        assertThat(d0.add(1).neg()).hasToString("-(d0 + 1)");
        assertThat(d0.neg()).hasToString("-d0");
        assertThat(d0.mul(-2)).hasToString("d0 * -2");
        assertThat(d0.sub(d1.mul(2))).hasToString("d0 - d1 * 2");
        assertThat(constant(-5).floorDiv(3)).isEqualTo(constant(-2));
        assertThat(constant(-5).mod(3)).isEqualTo(constant(1));
        assertThat(constant(-5).ceilDiv(3)).isEqualTo(constant(-1));
        assertThat(d0.mul(4).add(8)).hasToString("d0 * 4 + 8");
        assertThat(d0.add(1).mul(3).sub(4)).hasToString("(d0 + 1) * 3 - 4");
        assertThat(d0.add(d0.add(s0))).hasToString("d0 + d0 + s0");
        assertThat(d0.mul(0)).isEqualTo(constant(0));
        assertThat(d0.floorDiv(1)).isSameAs(d0);
        assertThat(d0.mul(128).floorDiv(64)).hasToString("d0 * 2");
        assertThat(d0.mul(4).add(2).mod(2)).isEqualTo(constant(0));
    }

    @Test
    void productsOfDimensionsAreKeptAndOrdered() {
        AffineExpr p = d1.mul(d0);
        assertThat(p).hasToString("d0 * d1");
        assertThat(p.isPureAffine()).isFalse();
        assertThat(p.isSymbolicOrConstant()).isFalse();
        assertThat(s0.mul(3).isPureAffine()).isTrue();
        assertThat(d0.mul(s0).isPureAffine()).isFalse();
    }

    @Test
    void equalityIsStructural() {
        AffineExpr a = d0.mul(3).add(s0).floorDiv(2);
        AffineExpr b = dim(0).mul(constant(3)).add(symbol(0)).floorDiv(constant(2));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(d0.add(1)).isNotEqualTo(d0.add(2));
        assertThat(dim(0)).isNotEqualTo(symbol(0));
        assertThat(dim(1000)).isEqualTo(new AffineDimExpr(1000));
    }

    @Test
    void queries() {
        AffineExpr e = d0.mul(4).add(s0.mul(8));
        assertThat(e.largestKnownDivisor()).isEqualTo(4);
        assertThat(e.isMultipleOf(2)).isTrue();
        assertThat(e.isMultipleOf(8)).isFalse();
        assertThat(e.isFunctionOfDim(0)).isTrue();
        assertThat(e.isFunctionOfDim(1)).isFalse();
        assertThat(e.isFunctionOfSymbol(0)).isTrue();
        assertThat(e.kind()).isEqualTo(AffineExprKind.ADD);
        List<String> order = new ArrayList<>();
        d0.add(s0).mod(3).walk(x -> order.add(x.toString()));
        assertThat(order).containsExactly("d0", "s0", "d0 + s0", "3", "(d0 + s0) mod 3");
    }

    @Test
    void replacingAndShifting() {
        AffineExpr e = d0.add(d1.mul(2)).add(s0);
        assertThat(e.replaceDims(List.of(d1, constant(3)))).hasToString("d1 + s0 + 6");
        assertThat(e.shiftDims(2, 1)).hasToString("d1 + d2 * 2 + s0");
        assertThat(e.shiftSymbols(1, 2)).hasToString("d0 + d1 * 2 + s2");
        assertThat(e.replaceSymbols(List.of(constant(0)))).hasToString("d0 + d1 * 2");
        assertThat(e.replaceDimsAndSymbols(List.of(), List.of())).isSameAs(e);
    }

    @Test
    void maps() {
        assertThat(AffineMap.identity(3)).hasToString("(d0, d1, d2) -> (d0, d1, d2)");
        assertThat(AffineMap.identity(3).isIdentity()).isTrue();
        assertThat(AffineMap.get(2, 1, d0, d1).isIdentity()).isTrue();
        assertThat(AffineMap.permutation(1, 0)).hasToString("(d0, d1) -> (d1, d0)");
        assertThat(AffineMap.permutation(1, 0).isPermutation()).isTrue();
        assertThat(AffineMap.constant(5)).hasToString("() -> (5)");
        assertThat(AffineMap.constant(5).singleConstantResult()).isEqualTo(5);
        assertThat(AffineMap.empty()).hasToString("() -> ()");
        assertThat(AffineMap.empty(1, 2)).hasToString("(d0)[s0, s1] -> ()");
        assertThat(AffineMap.get(0, 2, s0, symbol(1))).hasToString("()[s0, s1] -> (s0, s1)");
        assertThat(AffineMap.get(1, 0, d0.add(1))).isEqualTo(AffineMap.get(1, 0, List.of(constant(1).add(d0))));
        assertThat(AffineMap.minorIdentity(3, 2)).hasToString("(d0, d1, d2) -> (d1, d2)");
        assertThat(AffineMap.minorIdentity(3, 2).isMinorIdentity()).isTrue();
        assertThat(AffineMap.permutation(1, 0).isMinorIdentity()).isFalse();
        AffineMap projected = AffineMap.get(3, 0, dim(2), constant(0), d0);
        assertThat(projected.isProjectedPermutation()).isFalse();
        assertThat(projected.isProjectedPermutation(true)).isTrue();
        assertThat(projected.dimPosition(0)).isEqualTo(2);
        assertThat(AffineMap.get(2, 0, d1, d1).isProjectedPermutation()).isFalse();
        assertThatThrownBy(() -> AffineMap.get(1, 0, d1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AffineMap.get(1, 0, s0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compositionFeedsResultsIntoDimensions() {
        AffineMap outer = AffineMap.get(2, 1, d0.add(d1), d1.mul(s0));
        AffineMap inner = AffineMap.get(1, 1, d0, d0.add(s0));
        AffineMap composed = outer.compose(inner);
        assertThat(composed).hasToString("(d0)[s0, s1] -> (d0 + d0 + s1, (d0 + s1) * s0)");
        assertThat(composed.evaluate(new long[]{3}, new long[]{10, 2})).containsExactly(8, 50);
        assertThat(d0.add(d1).compose(inner)).hasToString("d0 + d0 + s0");
        assertThatThrownBy(() -> inner.compose(outer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integerSets() {
        IntegerSet set = IntegerSet.get(1, 1, List.of(d0.sub(s0), d0), false, true);
        assertThat(set).hasToString("(d0)[s0] : (d0 - s0 >= 0, d0 == 0)");
        assertThat(set.numEqualities()).isEqualTo(1);
        assertThat(set.numInequalities()).isEqualTo(1);
        assertThat(set.isEq(1)).isTrue();
        assertThat(set).isEqualTo(IntegerSet.get(1, 1, List.of(d0.sub(s0), d0), false, true));
        assertThat(set).isNotEqualTo(IntegerSet.get(1, 1, List.of(d0.sub(s0), d0), false, false));
        assertThat(IntegerSet.empty(1, 0)).hasToString("(d0) : (1 == 0)");
        assertThat(IntegerSet.empty(1, 0).isEmptyIntegerSet()).isTrue();
        assertThatThrownBy(() -> IntegerSet.get(1, 0, List.of(), new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
