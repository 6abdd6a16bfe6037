package jmlir.dialect.func;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.CallableOpInterface;
import jmlir.ir.FunctionOpInterface;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.SymbolTable;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.UnitAttr;
import jmlir.syntax.FunctionOpSyntax;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;

import java.util.List;
import java.util.Set;

/**
 * {@code func.func}: a function, a symbol isolated from above whose body's entry block takes
 * the arguments; without a body it is an external declaration (which may not be public).
 *
 * <pre>
 *   func.func private @f(%arg0: i32 {a.b}) -> (i32, f32) attributes {c.d} { ... }
 *   func.func private @g(i32) -> i32
 * </pre>
 */
public final class FuncOp extends Operation implements FunctionOpInterface {
    public static final String NAME = "func.func";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .region("body")
            .property(SymbolTable.SYMBOL_NAME, AttrConstraint.STRING)
            .property(FUNCTION_TYPE, AttrConstraint.FUNCTION_TYPE)
            .optionalProperty(SymbolTable.VISIBILITY, AttrConstraint.STRING, null)
            .optionalProperty(ARG_ATTRS, AttrConstraint.DICTIONARY_ARRAY, null)
            .optionalProperty(RES_ATTRS, AttrConstraint.DICTIONARY_ARRAY, null)
            .optionalProperty("no_inline", AttrConstraint.UNIT, null)
            .traits(Trait.ISOLATED_FROM_ABOVE, Trait.SYMBOL, Trait.AFFINE_SCOPE)
            .callable("body", FUNCTION_TYPE)
            .verifier(FunctionOpInterface::verify)
            .assembly(new Assembly())
            .defaultDialect(FuncDialect.NAMESPACE)
            .factory(FuncOp::new)
            .build();

    public FuncOp(Init init) {
        super(init);
    }

    /** The function's name (without the {@code @}). */
    public String symName() {
        return SymbolTable.nameOf(this);
    }

    /** "public" (also when unset), "private" or "nested". */
    public String visibility() {
        return SymbolTable.visibilityOf(this);
    }

    public boolean isPrivate() {
        return visibility().equals("private");
    }

    /** Whether calls to this function may not be inlined ({@code no_inline}). */
    public boolean noInline() {
        return property("no_inline") instanceof UnitAttr;
    }

    /** The body run by a call, or null when the function is external (as CallableOpInterface answers). */
    public Region callableRegion() {
        return CallableOpInterface.callableRegion(this);
    }

    /** The types of the arguments a call passes (as CallableOpInterface answers). */
    public List<Type> callableArgumentTypes() {
        return CallableOpInterface.argumentTypes(this);
    }

    /** The types of the results a call gets (as CallableOpInterface answers). */
    public List<Type> callableResultTypes() {
        return CallableOpInterface.resultTypes(this);
    }

    /** The entry block's arguments: the function's parameters (empty when external). */
    public List<BlockArgument> arguments() {
        Block entry = body().entryBlock();
        return entry == null ? List.of() : entry.arguments();
    }

    /** The custom syntax of function ops, as {@link FunctionOpSyntax} writes it. */
    static final class Assembly implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            FunctionOpSyntax.parse(parser, state);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            FunctionOpSyntax.print(op, printer, Set.of());
        }
    }
}
