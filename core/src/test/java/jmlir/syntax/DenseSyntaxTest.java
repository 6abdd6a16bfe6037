package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseResourceElementsAttr;
import jmlir.ir.Operation;
import jmlir.ir.ResourceBlob;
import jmlir.ir.SparseElementsAttr;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DenseSyntaxTest {
    private static Operation parse(String text, ResourceTable table) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        return new Parser(context, SourceFile.of("t.mlir", text.getBytes(StandardCharsets.ISO_8859_1)), table)
                .parseTopLevel();
    }

    @Test
    void decimalLiteralsConvertExactly() {
        String[] samples = {"1.000000e+00", "0.1", "123.456", "1.0E+10", "4.2439915824246103E-314", "0.000001",
            "1.7976931348623157E+308", "9.999999999999999e22", "1.5e-22", "12345678901234567890.0"};
        for (String s : samples) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(DenseLiteral.parseDouble(b, 0, b.length)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void parsedElementsAreReadable() {
        Operation m = parse("\"t.op\"() {a = dense<[[1, -2], [3, 4]]> : tensor<2x2xi16>, "
                + "b = sparse<[[0, 1]], [9]> : tensor<2x2xi32>} : () -> ()", null);
        Operation op = m.region(0).entryBlock().first();
        var a = (DenseIntOrFloatElementsAttr) op.attributes().get("a");
        assertThat(a.getInt(1)).isEqualTo(-2);
        assertThat(a.type().shape()).containsExactly(2, 2);
        var b = (SparseElementsAttr) op.attributes().get("b");
        assertThat(b.indexAt(0)).containsExactly(0, 1);
        assertThat(((DenseIntOrFloatElementsAttr) b.values()).getInt(0)).isEqualTo(9);
    }

    @Test
    void listsOfDecimalsConvertAsMlirDoes() {
        String[] values = {"0.1", "-2.5e-3", "1.0E+10", "3.14159274", "123456789.0", "-0.0", "1.0e-50"};
        String list = String.join(", ", values);
        Operation m = parse("\"t.op\"() {f = dense<[" + list + "]> : tensor<7xf32>, d = dense<[" + list
                + "]> : tensor<7xf64>, i = dense<[[-128, 127], [0, 255]]> : tensor<2x2xi8>, "
                + "u = dense<[0, 65535]> : tensor<2xui16>} : () -> ()", null);
        var attrs = m.region(0).entryBlock().first().attributes();
        var f = (DenseIntOrFloatElementsAttr) attrs.get("f");
        var d = (DenseIntOrFloatElementsAttr) attrs.get("d");
        for (int i = 0; i < values.length; i++) {
            double expected = Double.parseDouble(values[i]);
            assertThat(f.getRawBits(i)).as(values[i]).isEqualTo(Float.floatToRawIntBits((float) expected) & 0xffffffffL);
            assertThat(d.getRawBits(i)).as(values[i]).isEqualTo(Double.doubleToRawLongBits(expected));
        }
        var ints = (DenseIntOrFloatElementsAttr) attrs.get("i");
        assertThat(ints.getInt(0)).isEqualTo(-128);
        assertThat(ints.getInt(3)).isEqualTo(-1);
        assertThat(((DenseIntOrFloatElementsAttr) attrs.get("u")).getInt(1)).isEqualTo(65535);
    }

    @Test
    void resourcesOfASharedTableAreRenamed() {
        ResourceTable table = new ResourceTable();
        String text = "\"t.op\"() {a = dense_resource<blob> : tensor<1xi8>} : () -> ()\n"
                + "{-# dialect_resources: { builtin: { blob: \"0x0100000007\" } } #-}\n";
        Operation first = parse(text, table);
        Operation second = parse(text.replace("07", "08"), table);
        var a = (DenseResourceElementsAttr) first.region(0).entryBlock().first().attributes().get("a");
        var b = (DenseResourceElementsAttr) second.region(0).entryBlock().first().attributes().get("a");
        assertThat(a.handle().key()).isEqualTo("blob");
        assertThat(b.handle().key()).isEqualTo("blob_1");
        assertThat(b.blob()).isEqualTo(new ResourceBlob(new byte[] {8}, 1));
        String printed = OpPrinter.print(second, new PrintOptions(), table);
        assertThat(printed).contains("dense_resource<blob_1> : tensor<1xi8>").contains("blob_1: \"0x0100000008\"");
    }
}
