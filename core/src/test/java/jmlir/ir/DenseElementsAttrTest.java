package jmlir.ir;

import jmlir.syntax.ResourceTable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DenseElementsAttrTest {
    private static RankedTensorType tensor(Type element, long... shape) {
        return new RankedTensorType(shape, element);
    }

    @Test
    void intsKeepTheirInterpretation() {
        var a = DenseIntOrFloatElementsAttr.ofLongs(tensor(IntegerType.I8, 3), 255, -1, 7);
        assertThat(a.isSplat()).isFalse();
        assertThat(a.numElements()).isEqualTo(3);
        assertThat(a.getInt(0)).isEqualTo(-1);
        assertThat(a.getRawBits(0)).isEqualTo(0xff);
        assertThat(a.getInt(2)).isEqualTo(7);
        var u = DenseIntOrFloatElementsAttr.ofLongs(tensor(new IntegerType(8, IntegerType.Signedness.UNSIGNED), 2), 255, 1);
        assertThat(u.getInt(0)).isEqualTo(255);
        assertThat(u.getBigInteger(0)).isEqualTo(BigInteger.valueOf(255));
        var i4 = DenseIntOrFloatElementsAttr.fromRawData(tensor(IntegerType.signless(4), 2), new byte[] {0x0f, 0x01});
        assertThat(i4.getInt(0)).isEqualTo(-1);
        assertThat(i4.getInt(1)).isEqualTo(1);
    }

    @Test
    void equalElementsMakeASplat() {
        var a = DenseIntOrFloatElementsAttr.ofLongs(tensor(IntegerType.I32, 2, 2), 5, 5, 5, 5);
        assertThat(a.isSplat()).isTrue();
        assertThat(a.rawData()).containsExactly(5, 0, 0, 0);
        assertThat(a.getInt(3)).isEqualTo(5);
        assertThat(a).isEqualTo(DenseIntOrFloatElementsAttr.splat(tensor(IntegerType.I32, 2, 2), 5));
        assertThat(a.hashCode()).isEqualTo(DenseIntOrFloatElementsAttr.splat(tensor(IntegerType.I32, 2, 2), 5).hashCode());
        assertThat(a).isNotEqualTo(DenseIntOrFloatElementsAttr.splat(tensor(IntegerType.I32, 4), 5));
        var hex = DenseIntOrFloatElementsAttr.fromRawData(tensor(IntegerType.I32, 3), new byte[] {1, 0, 0, 0});
        assertThat(hex.isSplat()).isTrue();
        assertThat(hex.getInt(2)).isEqualTo(1);
    }

    @Test
    void boolsArePackedEightToAByte() {
        var t = tensor(IntegerType.I1, 9);
        var a = DenseIntOrFloatElementsAttr.ofBools(t, true, false, true, true, true, true, true, true, true);
        assertThat(a.isBool()).isTrue();
        assertThat(a.rawData()).containsExactly((byte) 0xfd, 0x01);
        assertThat(a.getBool(1)).isFalse();
        assertThat(a.getBool(8)).isTrue();
        assertThat(DenseIntOrFloatElementsAttr.ofBools(tensor(IntegerType.I1, 4), true, true, true, true).isSplat()).isTrue();
        assertThat(DenseIntOrFloatElementsAttr.isValidRawData(t, new byte[] {(byte) 0xff})).isTrue();
        assertThat(DenseIntOrFloatElementsAttr.isValidRawData(t, new byte[] {0x01})).isFalse();
        // Padding bits that are set keep a "true" buffer from being a splat, as in MLIR.
        var padded = DenseIntOrFloatElementsAttr.fromRawData(tensor(IntegerType.I1, 4), new byte[] {0x1f});
        assertThat(padded.isSplat()).isFalse();
        assertThat(padded.getBool(3)).isTrue();
    }

    @Test
    void floatsAndComplexNumbers() {
        var f = DenseIntOrFloatElementsAttr.ofFloats(tensor(FloatType.F32, 2),
                FloatValue.fromDouble(FloatKind.fromKeyword("f32"), 1.5),
                FloatValue.fromDouble(FloatKind.fromKeyword("f32"), -2));
        assertThat(f.isFloat()).isTrue();
        assertThat(f.getDouble(0)).isEqualTo(1.5);
        assertThat(f.getDouble(1)).isEqualTo(-2.0);
        assertThat(f.getFloat(1).lo()).isEqualTo(Float.floatToRawIntBits(-2f) & 0xffffffffL);
        var c = DenseIntOrFloatElementsAttr.fromRawData(tensor(new ComplexType(IntegerType.I16), 3), new byte[] {1, 0, 2, 0});
        assertThat(c.isSplat()).isTrue();
        assertThat(c.getComplexIntImag(2)).isEqualTo(2);
        var ci = DenseIntOrFloatElementsAttr.fromRawData(tensor(new ComplexType(IntegerType.I16), 2),
                new byte[] {1, 0, 2, 0, 3, 0, (byte) 0xff, (byte) 0xff});
        assertThat(ci.isComplex()).isTrue();
        assertThat(ci.getComplexIntReal(1)).isEqualTo(3);
        assertThat(ci.getComplexIntImag(1)).isEqualTo(-1);
    }

    @Test
    void wideIntegers() {
        var t = tensor(new IntegerType(65, IntegerType.Signedness.SIGNLESS), 2);
        var a = DenseIntOrFloatElementsAttr.ofLongs(t, -1, 2);
        assertThat(a.layout().elementBytes()).isEqualTo(9);
        assertThat(a.rawData()).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(a.getBigInteger(0)).isEqualTo(BigInteger.valueOf(-1));
        var b = DenseIntOrFloatElementsAttr.ofBigIntegers(tensor(new IntegerType(128, IntegerType.Signedness.UNSIGNED), 1),
                BigInteger.ONE.shiftLeft(127));
        assertThat(b.getBigInteger(0)).isEqualTo(BigInteger.ONE.shiftLeft(127));
    }

    @Test
    void invalidRawDataIsRejected() {
        assertThatThrownBy(() -> DenseIntOrFloatElementsAttr.fromRawData(tensor(IntegerType.I32, 3), new byte[8]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DenseIntOrFloatElementsAttr.ofLongs(tensor(IntegerType.I32, 3), 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strings() {
        var t = tensor(IntegerType.I8, 2);
        var s = DenseStringElementsAttr.of(t, List.of("a", "a"));
        assertThat(s.isSplat()).isTrue();
        assertThat(s.get(1)).isEqualTo("a");
        var d = DenseStringElementsAttr.of(t, List.of("a", "b"));
        assertThat(d.isSplat()).isFalse();
        assertThat(d.rawStrings()).containsExactly("a", "b");
        assertThat(d).isEqualTo(DenseStringElementsAttr.of(t, List.of("a", "b")));
    }

    @Test
    void resourcesGetUniqueNames() {
        ResourceTable table = new ResourceTable();
        ResourceHandle a = table.insert("builtin", "blob", new ResourceBlob(new byte[] {1, 0, 0, 0}, 4));
        ResourceHandle b = table.insert("builtin", "blob", null);
        ResourceHandle c = table.insert("builtin", "blob", null);
        assertThat(a.key()).isEqualTo("blob");
        assertThat(b.key()).isEqualTo("blob_1");
        assertThat(c.key()).isEqualTo("blob_2");
        assertThat(table.lookup("builtin", "blob_1")).isSameAs(b);
        var attr = new DenseResourceElementsAttr(tensor(IntegerType.I32, 1), a);
        assertThat(attr.toDense().getInt(0)).isEqualTo(1);
        assertThat(new DenseResourceElementsAttr(tensor(IntegerType.I32, 1), b).toDense()).isNull();
        assertThat(attr).isEqualTo(new DenseResourceElementsAttr(tensor(IntegerType.I32, 1), a));
        assertThat(attr).isNotEqualTo(new DenseResourceElementsAttr(tensor(IntegerType.I32, 1), b));
    }
}
