package jmlir.dialect.func;

import jmlir.dialect.Dialects;
import jmlir.ir.Block;
import jmlir.ir.CallOpInterface;
import jmlir.ir.CallableOpInterface;
import jmlir.ir.Context;
import jmlir.ir.FunctionType;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.RegionBranchOpInterface;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.SymbolTable;
import jmlir.ir.SymbolTableCollection;
import jmlir.ir.Trait;
import jmlir.ir.Verifier;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The func ops' classes and the symbol table utilities, on parsed IR. */
class FuncApiTest {
    private static final String INPUT = """
            func.func private @decl(i32 {my.a}) -> i32
            func.func @caller(%x: i32) -> i32 attributes {no_inline} {
              %0 = call @decl(%x) : (i32) -> i32
              %f = constant @decl : (i32) -> i32
              %1 = call_indirect %f(%0) : (i32) -> i32
              return %1 : i32
            }
            module @inner {
              func.func nested @g() {
                return
              }
            }
            """;

    private static Operation parse() {
        Context context = Dialects.registerAll(new Context());
        Operation module = new Parser(context, SourceFile.of("api.mlir", INPUT), new ResourceTable()).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        return module;
    }

    private static List<Operation> walk(Operation op) {
        List<Operation> all = new ArrayList<>();
        all.add(op);
        for (int i = 0; i < op.numRegions(); i++) {
            for (Block b : op.region(i).blocks()) for (Operation nested : b) all.addAll(walk(nested));
        }
        return all;
    }

    @Test
    void opsAreInstancesOfTheirClasses() {
        List<Operation> ops = walk(parse());
        FuncOp decl = (FuncOp) ops.get(1);
        assertThat(decl.symName()).isEqualTo("decl");
        assertThat(decl.isPrivate()).isTrue();
        assertThat(decl.isExternal()).isTrue();
        assertThat(decl.isDeclaration()).isTrue();
        assertThat(decl.arguments()).isEmpty();
        assertThat(decl.argAttrs(0).get("my.a")).isNotNull();
        assertThat(decl.functionType()).isEqualTo(new FunctionType(List.of(IntegerType.I32), List.of(IntegerType.I32)));

        FuncOp caller = (FuncOp) ops.get(2);
        assertThat(caller.visibility()).isEqualTo("public");
        assertThat(caller.noInline()).isTrue();
        assertThat(caller.arguments()).hasSize(1);

        CallOp call = (CallOp) ops.get(3);
        assertThat(call.callee()).isEqualTo("decl");
        assertThat(call.operands()).containsExactly(caller.arguments().getFirst());
        assertThat(call.resolveCallee(new SymbolTableCollection())).isSameAs(decl);

        ConstantOp constant = (ConstantOp) ops.get(4);
        assertThat(constant.value()).isEqualTo("decl");

        CallIndirectOp indirect = (CallIndirectOp) ops.get(5);
        assertThat(indirect.callee()).isSameAs(constant.result(0));
        assertThat(indirect.calleeOperands()).containsExactly(call.result(0));

        ReturnOp ret = (ReturnOp) ops.get(6);
        assertThat(ret.function()).isSameAs(caller);
        assertThat(ret.operands()).containsExactly(indirect.result(0));
    }

    @Test
    void funcOpsImplementTheCallInterfaces() {
        List<Operation> ops = walk(parse());
        FuncOp decl = (FuncOp) ops.get(1);
        FuncOp caller = (FuncOp) ops.get(2);
        CallOp call = (CallOp) ops.get(3);
        ConstantOp constant = (ConstantOp) ops.get(4);
        CallIndirectOp indirect = (CallIndirectOp) ops.get(5);
        ReturnOp ret = (ReturnOp) ops.get(6);

        assertThat(call.callableForCallee()).isEqualTo(new CallOpInterface.SymbolCallee(call.calleeAttr()));
        assertThat(call.argOperands()).containsExactly(caller.arguments().getFirst());
        assertThat(CallOpInterface.resolveCallable(call)).isSameAs(decl);

        assertThat(indirect.callableForCallee()).isEqualTo(new CallOpInterface.ValueCallee(constant.result(0)));
        assertThat(indirect.argOperands()).containsExactly(call.result(0));
        assertThat(CallOpInterface.resolveCallable(indirect)).isSameAs(constant);

        assertThat(CallableOpInterface.isCallable(caller)).isTrue();
        assertThat(caller.callableRegion()).isSameAs(caller.body());
        assertThat(decl.callableRegion()).isNull();
        assertThat(decl.callableArgumentTypes()).containsExactly(IntegerType.I32);
        assertThat(decl.callableResultTypes()).containsExactly(IntegerType.I32);

        assertThat(caller.hasTrait(Trait.AFFINE_SCOPE)).isTrue();
        assertThat(RegionBranchOpInterface.terminatorSuccessorOperands(ret, null)).containsExactly(indirect.result(0));
        assertThat(CallOpInterface.isCall(ret)).isFalse();
    }

    @Test
    void symbolsAreFoundInTheNearestSymbolTable() {
        Operation module = parse();
        List<Operation> ops = walk(module);
        CallOp call = (CallOp) ops.get(3);
        assertThat(SymbolTable.nearestSymbolTable(call)).isSameAs(module);
        assertThat(SymbolTable.lookupNearestSymbolFrom(call, SymbolRefAttr.flat("decl"))).isSameAs(ops.get(1));
        assertThat(SymbolTable.lookupNearestSymbolFrom(call, SymbolRefAttr.flat("g"))).isNull();

        Operation inner = ops.get(7);
        Operation g = ops.get(8);
        SymbolRefAttr nested = new SymbolRefAttr("inner", List.of("g"));
        assertThat(SymbolTable.lookupSymbolIn(module, nested)).isSameAs(g);
        assertThat(new SymbolTableCollection().lookupSymbolIn(module, nested)).isSameAs(g);
        assertThat(SymbolTable.nearestSymbolTable(g)).isSameAs(inner);
        assertThat(SymbolTable.visibilityOf(g)).isEqualTo("nested");
        assertThat(new SymbolTable(module).lookup("inner")).isSameAs(inner);
    }
}
