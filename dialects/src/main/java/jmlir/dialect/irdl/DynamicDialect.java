package jmlir.dialect.irdl;

import jmlir.ir.Attribute;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.Diagnostic;
import jmlir.ir.Dialect;
import jmlir.ir.AttrDef;
import jmlir.ir.AttrOrTypeDef;
import jmlir.ir.Defined;
import jmlir.ir.ParamKind;
import jmlir.ir.TypeDef;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.TypeAttr;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A dialect defined in IRDL: its ops print in the generic form and are checked against their
 * definitions; its types and attributes are {@link TypeDef}s and {@link AttrDef}s whose
 * instances ({@code !cmath.complex<f32>}) hold one attribute per parameter (types as
 * {@link TypeAttr}s), checked against the IRDL constraints when they are read.
 */
final class DynamicDialect extends Dialect {
    DynamicDialect(IrdlLoader.DialectDef def) {
        super(def.name());
        for (IrdlLoader.OpDefinition op : def.operations().values()) {
            addOperations(OpDef.builder(op.name()).ownVerifier(o -> verify(o, op)).build());
        }
        for (IrdlLoader.ParamDef t : def.types().values()) {
            addTypes(parametric(TypeDef.builder(def.name() + "." + t.name()), t).build());
        }
        for (IrdlLoader.ParamDef a : def.attributes().values()) {
            addAttributes(parametric(AttrDef.builder(def.name() + "." + a.name()), a).build());
        }
    }

    /**
     * Parameters {@code p0, p1, ...} of any attribute, written {@code <p0, p1>} (nothing when
     * there are none); reading checks their number and constraints, reporting at the mnemonic
     * as mlir-opt does for IRDL types.
     */
    private static <B extends AttrOrTypeDef.Builder<B>> B parametric(B builder, IrdlLoader.ParamDef def) {
        for (int i = 0; i < def.params().length; i++) builder.parameter("p" + i, ParamKind.ATTRIBUTE);
        return builder.parser(p -> parameters(p, def)).printer(DynamicDialect::printParameters);
    }

    /** Unknown mnemonics of an IRDL dialect get MLIR's message for dynamic dialects. */
    @Override
    public boolean definesTypes() {
        return true;
    }

    @Override
    public boolean definesAttributes() {
        return true;
    }

    @Override
    public Type parseType(OpAsmParser parser, String mnemonic, int mnemonicOffset) {
        throw parser.error(mnemonicOffset, "expected dynamic type");
    }

    @Override
    public Attribute parseAttribute(OpAsmParser parser, String mnemonic, int mnemonicOffset) {
        throw parser.error(mnemonicOffset, "expected dynamic attribute");
    }

    private static List<Object> parameters(OpAsmParser parser, IrdlLoader.ParamDef def) {
        int at = parser.nameOffset();
        List<Object> params = new ArrayList<>();
        if (parser.consumeIf(TokenKind.LESS)) {
            do {
                params.add(parser.parseAttribute(null));
            } while (parser.consumeIf(TokenKind.COMMA));
            parser.expect(TokenKind.GREATER);
        }
        if (params.size() != def.params().length) {
            throw parser.error(at, "expected " + def.params().length + " type arguments, but had " + params.size());
        }
        Constraints cs = new Constraints(def.constraints());
        for (int i = 0; i < params.size(); i++) {
            String error = cs.verify((Attribute) params.get(i), def.params()[i]);
            if (error != null) throw parser.error(at, error);
        }
        return params;
    }

    private static void printParameters(Defined value, DialectAsmPrinter out) {
        List<Object> params = value.parameters();
        if (params.isEmpty()) return;
        out.print("<");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) out.print(", ");
            out.printAttribute((Attribute) params.get(i));
        }
        out.print(">");
    }

    private static Diagnostic error(Operation op, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), message).setOperation(op);
    }

    /** The checks of an IRDL op definition, in mlir-opt's order and words. */
    private static Diagnostic verify(Operation op, IrdlLoader.OpDefinition def) {
        int[] operandSizes = new int[def.operands().size()];
        String message = sizes(op, def.operands(), op.numOperands(), "operand", operandSizes);
        if (message != null) return error(op, message);
        int[] resultSizes = new int[def.results().size()];
        message = sizes(op, def.results(), op.numResults(), "result", resultSizes);
        if (message != null) return error(op, message);
        for (IrdlLoader.Slot a : def.attributes()) {
            if (op.attribute(a.name()) == null && IrdlLoader.prop(op, a.name()) == null) {
                return error(op, "'" + op.name().name() + "' op attribute \"" + a.name()
                        + "\" is expected but not provided");
            }
        }
        Constraints cs = new Constraints(def.constraints());
        for (IrdlLoader.Slot a : def.attributes()) {
            message = cs.verify(IrdlLoader.prop(op, a.name()), a.var());
            if (message != null) return error(op, message);
        }
        message = values(cs, def.operands(), operandSizes, i -> op.operand(i).type());
        if (message != null) return error(op, message);
        message = values(cs, def.results(), resultSizes, i -> op.result(i).type());
        if (message != null) return error(op, message);
        if (def.regions() != null) {
            if (op.numRegions() != def.regions().size()) {
                return error(op, "'" + op.name().name() + "' op unexpected number of regions: expected "
                        + def.regions().size() + " but got " + op.numRegions());
            }
            for (int i = 0; i < def.regions().size(); i++) {
                IrdlLoader.RegionDef r = def.regions().get(i);
                int blocks = op.region(i).blocks().size();
                if (r.blocks() >= 0 && blocks != r.blocks()) {
                    return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), "expected region " + i + " to have "
                            + r.blocks() + " block(s) but got " + blocks);
                }
                if (r.args() != null) {
                    int args = blocks == 0 ? 0 : op.region(i).entryBlock().numArguments();
                    if (args != r.args().length) {
                        return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), "expected region " + i
                                + " to have " + r.args().length + " arguments but got " + args);
                    }
                    for (int k = 0; k < args; k++) {
                        message = cs.verify(new TypeAttr(op.region(i).entryBlock().argument(k).type()), r.args()[k]);
                        if (message != null) return error(op, message);
                    }
                }
            }
        }
        return null;
    }

    private static String values(Constraints cs, List<IrdlLoader.Slot> slots, int[] sizes, IntFunction<Type> typeAt) {
        int at = 0;
        for (int s = 0; s < slots.size(); s++) {
            for (int k = 0; k < sizes[s]; k++, at++) {
                String message = cs.verify(new TypeAttr(typeAt.apply(at)), slots.get(s).var());
                if (message != null) return message;
            }
        }
        return null;
    }

    /** Splits {@code count} values among the slots (into {@code sizes}); returns an error or null. */
    private static String sizes(Operation op, List<IrdlLoader.Slot> slots, int count, String what, int[] sizes) {
        int open = 0;
        int single = 0;
        for (IrdlLoader.Slot s : slots) {
            if (s.variadicity().equals("single")) single++;
            else open++;
        }
        if (open == 0) {
            if (count != single) return "op expects exactly " + single + " " + what + "s, but got " + count;
            java.util.Arrays.fill(sizes, 1);
            return null;
        }
        if (open == 1) {
            if (count < single) return "op expects at least " + single + " " + what + "s, but got " + count;
            for (int i = 0; i < slots.size(); i++) {
                sizes[i] = slots.get(i).variadicity().equals("single") ? 1 : count - single;
            }
            return null;
        }
        String attr = what + "SegmentSizes";
        Attribute value = op.attribute(attr);
        if (value == null) value = IrdlLoader.prop(op, attr);
        if (!(value instanceof DenseArrayAttr d)) return "'" + attr + "' attribute is expected but not provided";
        long[] v = d.values();
        if (v.length != slots.size()) {
            return "'" + attr + "' attribute for specifying " + what + " segments must have " + slots.size()
                    + " elements, but got " + v.length;
        }
        long sum = 0;
        for (int i = 0; i < v.length; i++) {
            String variadicity = slots.get(i).variadicity();
            if (variadicity.equals("single") && v[i] != 1) {
                return "element " + i + " in '" + attr + "' attribute must be equal to 1";
            }
            if (variadicity.equals("optional") && v[i] != 0 && v[i] != 1) {
                return "element " + i + " in '" + attr + "' attribute must be equal to 0 or 1";
            }
            if (v[i] < 0) return "element " + i + " in '" + attr + "' attribute must be >= 0";
            sum += v[i];
            sizes[i] = (int) v[i];
        }
        if (sum != count) {
            return "sum of elements in '" + attr + "' attribute must be equal to the number of " + what + "s";
        }
        return null;
    }
}
