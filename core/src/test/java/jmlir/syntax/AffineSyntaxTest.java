package jmlir.syntax;

import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.IntegerSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing affine maps and integer sets from strings. */
class AffineSyntaxTest {
    @Test
    void parsesMapsWithNamedInputs() {
        AffineMap map = AffineSyntax.parseAffineMap("(i, j)[n] -> (i + n, j * 2, (i + j) floordiv n)");
        assertThat(map).hasToString("(d0, d1)[s0] -> (d0 + s0, d1 * 2, (d0 + d1) floordiv s0)");
        AffineExpr d0 = AffineExpr.dim(0);
        AffineExpr d1 = AffineExpr.dim(1);
        AffineExpr s0 = AffineExpr.symbol(0);
        assertThat(map).isEqualTo(AffineMap.get(2, 1, d0.add(s0), d1.mul(2), d0.add(d1).floorDiv(s0)));
    }

    @Test
    void parsesSets() {
        IntegerSet set = AffineSyntax.parseIntegerSet("(i)[n] : (i >= 0, n - 1 >= i, i == 3)");
        assertThat(set).hasToString("(d0)[s0] : (d0 >= 0, -d0 + s0 - 1 >= 0, d0 - 3 == 0)");
        assertThat(AffineSyntax.parseIntegerSet("(i) : ()")).hasToString("(d0) : (0 == 0)");
        assertThat(set.constraints()).hasSize(3);
        assertThat(set.eqFlags()).containsExactly(false, false, true);
        assertThat(List.of(set.numDims(), set.numSymbols())).containsExactly(1, 1);
    }

    @Test
    void reportsMlirMessages() {
        assertThatThrownBy(() -> AffineSyntax.parseAffineMap("(i) : (i >= 0)"))
                .isInstanceOf(ParseException.class).hasMessage("expected AffineMap, but got IntegerSet");
        assertThatThrownBy(() -> AffineSyntax.parseIntegerSet("(i) -> (i)"))
                .isInstanceOf(ParseException.class).hasMessage("expected IntegerSet, but got AffineMap");
        assertThatThrownBy(() -> AffineSyntax.parseAffineMap("(i) -> (i) j"))
                .isInstanceOf(ParseException.class).hasMessage("encountered unexpected token");
        assertThatThrownBy(() -> AffineSyntax.parseAffineMap("(i, j) -> (i * j)"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("non-affine expression");
    }
}
