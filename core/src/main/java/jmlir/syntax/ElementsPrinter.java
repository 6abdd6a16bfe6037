package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.DenseElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr.Layout;
import jmlir.ir.DenseResourceElementsAttr;
import jmlir.ir.DenseStringElementsAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.FloatFormat;
import jmlir.ir.ResourceBlob;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ShapedType;
import jmlir.ir.SparseElementsAttr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints {@code dense<...>}, {@code sparse<...>} and {@code dense_resource<...>} attributes as
 * mlir-opt does (splats, nested lists, the hex form of large attributes, elision), and the file
 * metadata section with the resources the printed IR uses.
 */
final class ElementsPrinter {
    private ElementsPrinter() {
    }

    /** Prints dense, sparse and resource elements attributes. */
    static void print(Attribute attr, AttrTypePrinter printer) {
        StringBuilder out = printer.out;
        PrintOptions options = printer.options;
        // An if-chain rather than a pattern switch: cheaper the first time it runs.
        if (attr instanceof DenseIntOrFloatElementsAttr d) {
            if (shouldElide(options, d)) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("dense<");
                printIntOrFloat(d, printer, true);
                out.append('>');
            }
        } else if (attr instanceof DenseStringElementsAttr d) {
            if (shouldElide(options, d)) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("dense<");
                printStrings(d, printer);
                out.append('>');
            }
        } else if (attr instanceof SparseElementsAttr s) {
            if (shouldElide(options, s.indices()) || shouldElide(options, s.values())) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("sparse<");
                if (s.indices().numElements() != 0) {
                    printIntOrFloat(s.indices(), printer, false);
                    out.append(", ");
                    if (s.values() instanceof DenseIntOrFloatElementsAttr v) printIntOrFloat(v, printer, true);
                    else printStrings((DenseStringElementsAttr) s.values(), printer);
                }
                out.append('>');
            }
        } else if (attr instanceof DenseResourceElementsAttr r) {
            out.append("dense_resource<");
            printer.printKeyword(r.handle().key());
            out.append('>');
            printer.resourceUses.add(r.handle());
        } else {
            out.append(attr);
            return;
        }
        out.append(" : ");
        printer.printType(((ElementsAttr) attr).type());
    }

    private static boolean shouldElide(PrintOptions options, DenseElementsAttr attr) {
        long limit = options.elideElementsIfLarger;
        return limit >= 0 && !attr.isSplat() && attr.numElements() > limit;
    }

    private static boolean shouldPrintHex(PrintOptions options, long numElements) {
        long limit = options.hexElementsIfLarger;
        return limit != -1 && numElements > limit;
    }

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();
    /** Bytes turned into hex digits at a time: the data may be megabytes. */
    private static final int HEX_SLICE = 1 << 13;

    /** Appends {@code "0x...."} with the bytes in upper-case hex. */
    static void printHex(StringBuilder out, byte[] prefix, byte[] data) {
        out.ensureCapacity(out.length() + 4 + 2 * (prefix.length + data.length));
        out.append("\"0x");
        char[] digits = new char[2 * Math.min(HEX_SLICE, Math.max(prefix.length, data.length))];
        appendHex(out, prefix, digits);
        appendHex(out, data, digits);
        out.append('"');
    }

    /** Appends the upper-case hex digits of {@code data}, through {@code digits}. */
    private static void appendHex(StringBuilder out, byte[] data, char[] digits) {
        for (int k = 0; k < data.length; ) {
            int end = Math.min(data.length, k + digits.length / 2);
            int j = 0;
            for (; k < end; k++, j += 2) {
                int v = data[k] & 0xff;
                digits[j] = HEX_DIGITS[v >>> 4];
                digits[j + 1] = HEX_DIGITS[v & 0xf];
            }
            out.append(digits, 0, j);
        }
    }

    private static final byte[] NO_BYTES = new byte[0];

    static void printIntOrFloat(DenseIntOrFloatElementsAttr d, AttrTypePrinter printer, boolean allowHex) {
        long n = d.numElements();
        if (!d.isSplat() && allowHex && shouldPrintHex(printer.options, n)) {
            printHex(printer.out, NO_BYTES, d.rawDataUnsafe());
            return;
        }
        new ElementWriter(printer, d, null).write(d.isSplat(), d.type());
    }

    private static void printStrings(DenseStringElementsAttr d, AttrTypePrinter printer) {
        new ElementWriter(printer, null, d).write(d.isSplat(), d.type());
    }

    /** Prints the elements of one attribute in its decimal (or string) form. */
    private static final class ElementWriter {
        private final AttrTypePrinter printer;
        private final StringBuilder out;
        private final DenseIntOrFloatElementsAttr numbers;
        private final DenseStringElementsAttr strings;
        private final Layout layout;

        ElementWriter(AttrTypePrinter printer, DenseIntOrFloatElementsAttr numbers, DenseStringElementsAttr strings) {
            this.printer = printer;
            this.out = printer.out;
            this.numbers = numbers;
            this.strings = strings;
            this.layout = numbers == null ? null : numbers.layout();
        }

        /**
         * Prints a splat as its one element, others as nested lists following the shape (one
         * bracket per dimension, opened before the first element of each row and closed when the
         * row, and any dimension it completes, ends).
         */
        void write(boolean splat, ShapedType type) {
            if (splat) {
                element(0);
                return;
            }
            long n = type.numElements();
            if (n == 0) return;
            long[] shape = type.shape();
            int rank = shape.length;
            if (rank == 0) {
                element(0);
                return;
            }
            long inner = shape[rank - 1];
            long rows = n / inner;
            long[] counter = new long[rank];
            int open = 0;
            for (long r = 0, idx = 0; r < rows; r++, idx += inner) {
                if (r != 0) out.append(", ");
                while (open < rank) {
                    out.append('[');
                    open++;
                }
                row(idx, inner);
                if (rank < 2) continue;
                out.append(']');
                open--;
                counter[rank - 2]++;
                for (int i = rank - 2; i > 0 && counter[i] >= shape[i]; i--) {
                    counter[i] = 0;
                    counter[i - 1]++;
                    out.append(']');
                    open--;
                }
            }
            while (open-- > 0) out.append(']');
        }

        /** Prints {@code count} elements from {@code start}, separated by commas. */
        private void row(long start, long count) {
            if (layout != null && !layout.complex() && !layout.isFloat() && layout.bits() > 1 && layout.bits() <= 64) {
                byte[] data = numbers.rawDataUnsafe();
                int eb = layout.elementBytes();
                int w = layout.bits();
                boolean unsigned = layout.unsigned();
                int off = (int) (start * eb);
                for (long k = 0; k < count; k++, off += eb) {
                    if (k > 0) out.append(", ");
                    long v = DenseIntOrFloatElementsAttr.mask(DenseIntOrFloatElementsAttr.readInt(data, off, eb), w);
                    if (unsigned) {
                        if (v < 0) out.append(Long.toUnsignedString(v));
                        else out.append(v);
                    } else {
                        out.append(w == 64 ? v : (v << (64 - w)) >> (64 - w));
                    }
                }
                return;
            }
            for (long k = 0; k < count; k++) {
                if (k > 0) out.append(", ");
                element(start + k);
            }
        }

        private void element(long i) {
            if (strings != null) {
                printer.printString(strings.get(i));
            } else if (layout.complex()) {
                out.append('(');
                if (layout.isFloat()) {
                    FloatFormat.print(numbers.getComplexReal(i), out);
                    out.append(',');
                    FloatFormat.print(numbers.getComplexImag(i), out);
                } else {
                    integer(numbers.getComplexIntReal(i));
                    out.append(',');
                    integer(numbers.getComplexIntImag(i));
                }
                out.append(')');
            } else if (layout.isFloat()) {
                FloatFormat.print(numbers.getFloat(i), out);
            } else if (layout.bits() > 64) {
                out.append(numbers.getBigInteger(i));
            } else {
                integer(numbers.getInt(i));
            }
        }

        private void integer(long v) {
            if (layout.bits() == 1) out.append(v != 0 ? "true" : "false");
            else if (layout.unsigned()) out.append(Long.toUnsignedString(v));
            else out.append(v);
        }
    }

    // ================================================================ file metadata

    /**
     * Prints the {@code {-# ... #-}} section: the blobs of the resources the IR uses (those that
     * have data), then the external resources of {@code table} (may be null); nothing when both
     * are empty. With {@link PrintOptions#elideResourceStringsIfLarger} set, entries whose value
     * prints longer than that many characters are left out (the section is still opened, as
     * mlir-opt does).
     */
    static void printFileMetadata(StringBuilder out, Collection<ResourceHandle> used, ResourceTable table,
                                  AttrTypePrinter printer) {
        Map<String, List<ResourceHandle>> byDialect = new LinkedHashMap<>();
        List<ResourceHandle> builtin = new ArrayList<>();
        for (ResourceHandle h : used) {
            if (h.blob() == null) continue;
            if (h.dialect().equals(DenseSyntax.BUILTIN)) builtin.add(h);
            else byDialect.computeIfAbsent(h.dialect(), k -> new ArrayList<>()).add(h);
        }
        if (!builtin.isEmpty()) byDialect.put(DenseSyntax.BUILTIN, builtin);
        MetadataWriter w = new MetadataWriter(out, printer);
        for (Map.Entry<String, List<ResourceHandle>> g : byDialect.entrySet()) {
            for (ResourceHandle h : g.getValue()) w.entry("dialect", g.getKey(), false, h.key(), h.blob());
            w.endGroup();
        }
        w.endSection();
        if (table != null) {
            for (Map.Entry<String, List<ResourceTable.ExternalEntry>> g : table.externalResources().entrySet()) {
                for (ResourceTable.ExternalEntry e : g.getValue()) w.entry("external", g.getKey(), true, e.key(), e.value());
                w.endGroup();
            }
            w.endSection();
        }
        w.finish();
    }

    /** Writes the metadata section entry by entry, opening and closing its levels as needed. */
    private static final class MetadataWriter {
        private final StringBuilder out;
        private final AttrTypePrinter printer;
        private final long limit;
        private boolean opened;
        private int sections;
        private boolean sectionOpen;
        private int groups;
        private boolean groupOpen;

        MetadataWriter(StringBuilder out, AttrTypePrinter printer) {
            this.out = out;
            this.printer = printer;
            this.limit = printer.options.elideResourceStringsIfLarger;
        }

        void entry(String section, String group, boolean quoteGroup, String key, Object value) {
            if (!opened) {
                out.append("\n{-#\n");
                opened = true;
            }
            String text = null;
            if (limit >= 0) {
                if (limit == 0) return;
                StringBuilder sb = new StringBuilder();
                appendValue(sb, value);
                if (sb.length() > limit) return;
                text = sb.toString();
            }
            if (!sectionOpen) {
                if (sections++ > 0) out.append(",\n");
                out.append("  ").append(section).append("_resources: {\n");
                sectionOpen = true;
                groups = 0;
            }
            if (!groupOpen) {
                if (groups++ > 0) out.append(",\n");
                out.append("    ");
                if (quoteGroup) printer.printKeyword(group);
                else out.append(group);
                out.append(": {\n");
                groupOpen = true;
            } else {
                out.append(",\n");
            }
            out.append("      ");
            printer.printKeyword(key);
            out.append(": ");
            if (text != null) out.append(text);
            else appendValue(out, value);
        }

        private void appendValue(StringBuilder sb, Object value) {
            if (value instanceof ResourceBlob blob) {
                printBlob(sb, blob);
            } else if (value instanceof ResourceTable.BoolValue b) {
                sb.append(b.value() ? "true" : "false");
            } else if (value instanceof ResourceTable.StringValue s) {
                appendEscaped(sb, s.value());
            } else {
                printBlob(sb, ((ResourceTable.BlobValue) value).blob());
            }
        }

        /** A string literal as the printer writes one: printable ASCII as is, other bytes as {@code \XX}. */
        private static void appendEscaped(StringBuilder sb, String bytes) {
            sb.append('"');
            for (int i = 0; i < bytes.length(); i++) {
                char c = bytes.charAt(i);
                if (c == '\\') {
                    sb.append("\\\\");
                } else if (c >= 0x20 && c <= 0x7e && c != '"') {
                    sb.append(c);
                } else {
                    sb.append('\\').append(UPPER_HEX.charAt((c >> 4) & 0xf)).append(UPPER_HEX.charAt(c & 0xf));
                }
            }
            sb.append('"');
        }

        private static final String UPPER_HEX = "0123456789ABCDEF";

        void endGroup() {
            if (groupOpen) out.append("\n    }");
            groupOpen = false;
        }

        void endSection() {
            endGroup();
            if (sectionOpen) out.append("\n  }");
            sectionOpen = false;
        }

        void finish() {
            if (opened) out.append("\n#-}\n");
        }
    }

    private static void printBlob(StringBuilder out, ResourceBlob blob) {
        int a = blob.alignment();
        byte[] prefix = {(byte) a, (byte) (a >>> 8), (byte) (a >>> 16), (byte) (a >>> 24)};
        printHex(out, prefix, blob.data());
    }
}
