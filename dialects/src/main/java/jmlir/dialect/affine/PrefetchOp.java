package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.MemRefType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code affine.prefetch}: a hint to fetch the memref element at affine subscripts into a cache,
 * for reading or writing, with a locality from 0 (none) to 3 (high). Its memory effects are not
 * stated, so passes leave it where it is.
 * Syntax: {@code affine.prefetch %A[%i, %j + 5], read, locality<3>, data : memref<400x400xi32>}.
 */
public final class PrefetchOp extends Operation {
    public static final String NAME = "affine.prefetch";
    public static final String IS_WRITE = "isWrite";
    public static final String LOCALITY_HINT = "localityHint";
    public static final String IS_DATA_CACHE = "isDataCache";

    static final AttrConstraint LOCALITY = AttrConstraint.ofKind(
            "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3",
            a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I32),
            a -> ((IntegerAttr) a).value() >= 0 && ((IntegerAttr) a).value() <= 3, IntegerType.I32);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("memref", MemoryAccess.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .property(IS_WRITE, AttrConstraint.BOOL)
            .property(LOCALITY_HINT, LOCALITY)
            .property(IS_DATA_CACHE, AttrConstraint.BOOL)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .verifier(PrefetchOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 1)))
            .assembly(new Assembly())
            .factory(PrefetchOp::new)
            .build();

    public PrefetchOp(Init init) {
        super(init);
    }

    public Value memref() {
        return operand(0);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 1);
    }

    public boolean isWrite() {
        return property(IS_WRITE) instanceof IntegerAttr b && b.value() != 0;
    }

    public boolean isDataCache() {
        return property(IS_DATA_CACHE) instanceof IntegerAttr b && b.value() != 0;
    }

    public long localityHint() {
        return ((IntegerAttr) property(LOCALITY_HINT)).value();
    }

    private static String verify(Operation op) {
        PrefetchOp prefetch = (PrefetchOp) op;
        AffineMap map = prefetch.map();
        if (map.numResults() != ((MemRefType) prefetch.memref().type()).shape().length) {
            return "affine.prefetch affine map num results must equal memref rank";
        }
        if (map.numInputs() + 1 != op.numOperands()) return "too few operands";
        Region scope = AffineScopes.affineScope(op);
        for (Value index : prefetch.mapOperands()) {
            if (!AffineScopes.isValidDim(index, scope) && !AffineScopes.isValidSymbol(index, scope)) {
                return "index must be a valid dimension or symbol identifier";
            }
        }
        return null;
    }

    /** {@code $memref [subscripts] , (read|write) , locality<$hint> , (data|instr) attr-dict : type($memref)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(MemoryAccess.MAP, LOCALITY_HINT, IS_DATA_CACHE, IS_WRITE);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand memref = parser.parseOperand();
            List<UnresolvedOperand> indices = new ArrayList<>();
            AffineMap map = parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
            parser.expect(TokenKind.COMMA);
            String readOrWrite = parser.parseKeyword("expected valid keyword");
            parser.expect(TokenKind.COMMA);
            parser.expectKeyword("locality");
            parser.expect(TokenKind.LESS);
            Attribute hint = parser.parseAttribute(IntegerType.I32);
            parser.expect(TokenKind.GREATER);
            parser.expect(TokenKind.COMMA);
            String cacheType = parser.parseKeyword("expected valid keyword");
            parser.parseOptionalAttrDict(state);
            MemRefType type = AffineOpSyntax.parseColonMemRefType(parser);
            state.operands.add(parser.resolveOperand(memref, type));
            AffineOpSyntax.resolveIndices(parser, indices, state.operands);
            if (!readOrWrite.equals("read") && !readOrWrite.equals("write")) {
                throw parser.emitError(parser.nameOffset(), "rw specifier has to be 'read' or 'write'");
            }
            if (!cacheType.equals("data") && !cacheType.equals("instr")) {
                throw parser.emitError(parser.nameOffset(), "cache type has to be 'data' or 'instr'");
            }
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(MemoryAccess.MAP, parser.context().intern(new AffineMapAttr(map))),
                    new NamedAttribute(LOCALITY_HINT, hint),
                    new NamedAttribute(IS_WRITE, IntegerAttr.bool(readOrWrite.equals("write"))),
                    new NamedAttribute(IS_DATA_CACHE, IntegerAttr.bool(cacheType.equals("data")))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            PrefetchOp prefetch = (PrefetchOp) op;
            printer.print(" ");
            printer.printOperand(prefetch.memref());
            printer.print("[");
            AffineOpSyntax.printMapOfSsaIds(printer, prefetch.map(), prefetch.mapOperands());
            printer.print("], " + (prefetch.isWrite() ? "write" : "read") + ", locality<" + prefetch.localityHint()
                    + ">, " + (prefetch.isDataCache() ? "data" : "instr"));
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            printer.printType(prefetch.memref().type());
        }
    }
}
