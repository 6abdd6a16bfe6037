package jmlir.dialect.func;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.SymbolTableCollection;
import jmlir.ir.SymbolUserOpInterface;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;

import java.util.List;
import java.util.Set;

/**
 * {@code func.constant}: the value of a function, named by its symbol; the result's type must
 * be the function's type. Syntax: {@code %f = constant @g : (i32) -> i32}. In the custom form
 * its result is named {@code %f} (then {@code %f_0}, {@code %f_1}, ...), whatever the function.
 */
public final class ConstantOp extends Operation implements SymbolUserOpInterface {
    public static final String NAME = "func.constant";
    public static final String VALUE = "value";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .result("result", TypeConstraint.ANY)
            .property(VALUE, AttrConstraint.SYMBOL_REF)
            .traits(Trait.PURE, Trait.CONSTANT_LIKE)
            .folder((op, constants) -> ((ConstantOp) op).valueAttr())
            .assembly(new Assembly())
            .resultNames((op, setName) -> setName.accept(op.result(0), "f"))
            .factory(ConstantOp::new)
            .build();

    public ConstantOp(Init init) {
        super(init);
    }

    /** The referenced function's name (without the {@code @}). */
    public String value() {
        return valueAttr().root();
    }

    public SymbolRefAttr valueAttr() {
        return (SymbolRefAttr) property(VALUE);
    }

    @Override
    public Diagnostic verifySymbolUses(SymbolTableCollection symbolTables) {
        SymbolRefAttr ref = valueAttr();
        if (!(symbolTables.lookupNearestSymbolFrom(this, ref) instanceof FuncOp fn)) {
            return Diagnostic.opError(this, "reference to undefined function '" + ref.root() + "'");
        }
        if (!result(0).type().equals(fn.functionType())) {
            return Diagnostic.opError(this, "reference to function with mismatched type");
        }
        return null;
    }

    /** {@code attr-dict $value : type(results)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(VALUE);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            parser.parseOptionalAttrDict(state);
            SymbolRefAttr value = FuncSyntax.parseFlatSymbolRef(parser);
            state.properties = parser.context().intern(
                    new DictionaryAttr(List.of(new NamedAttribute(VALUE, value))));
            parser.expect(TokenKind.COLON);
            state.resultTypes.add(parser.parseType());
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" ");
            printer.printAttributeWithoutType(((ConstantOp) op).valueAttr());
            printer.print(" : ");
            printer.printType(op.result(0).type());
        }
    }
}
