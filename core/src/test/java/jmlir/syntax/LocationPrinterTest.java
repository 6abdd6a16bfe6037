package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jmlir.ir.Location;

class LocationPrinterTest {
    private final LocationPrinter printer = new LocationPrinter();

    @Test
    void printsEachKind() {
        Location file = new Location.FileLineCol("a.mlir", 3, 4);
        assertThat(printer.print(Location.Unknown.INSTANCE)).isEqualTo("loc(unknown)");
        assertThat(printer.print(file)).isEqualTo("loc(\"a.mlir\":3:4)");
        assertThat(printer.print(new Location.FileLineCol("a", 3, 4, 3, 9))).isEqualTo("loc(\"a\":3:4 to :9)");
        assertThat(printer.print(new Location.FileLineCol("a", 3, 4, 5, 9))).isEqualTo("loc(\"a\":3:4 to 5:9)");
        assertThat(printer.print(new Location.Name("n", Location.Unknown.INSTANCE))).isEqualTo("loc(\"n\")");
        assertThat(printer.print(new Location.Name("n", file))).isEqualTo("loc(\"n\"(\"a.mlir\":3:4))");
        assertThat(printer.print(new Location.CallSite(new Location.Name("f", null), file)))
                .isEqualTo("loc(callsite(\"f\" at \"a.mlir\":3:4))");
        assertThat(printer.print(new Location.Fused(List.of(file, Location.Unknown.INSTANCE), null)))
                .isEqualTo("loc(fused[\"a.mlir\":3:4, unknown])");
        assertThat(printer.print(new Location.Fused(List.of(), new TestLocations.Text("m"))))
                .isEqualTo("loc(fused<\"m\">[])");
    }

    @Test
    void escapesStringsByteByByte() {
        assertThat(LocationPrinter.quote("q\"t\\b\tn\u00e9")).isEqualTo("\"q\\22t\\\\b\\09n\\C3\\A9\"");
    }
}
