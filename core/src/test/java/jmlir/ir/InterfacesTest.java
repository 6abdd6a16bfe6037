package jmlir.ir;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jmlir.ir.InterfacesTestDialect.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The call, callable, branch and region-branch interfaces and the shape traits, on test ops. */
class InterfacesTest {
    private static final String CALLS = """
            "it.module"() ({
              "it.func"() ({
              ^bb0(%a: i32):
                %f = "it.value"() : () -> ((i32) -> i32)
                %r = "it.call"(%a) {callee = @g} : (i32) -> i32
                %s = "it.call_value"(%f, %r) : ((i32) -> i32, i32) -> i32
                "it.return"(%s) : (i32) -> ()
              }) {sym_name = "main", function_type = (i32) -> i32} : () -> ()
              "it.func"() ({
              }) {sym_name = "g", function_type = (i32) -> i32} : () -> ()
            }) : () -> ()
            """;

    private static Operation find(Operation root, String name, int nth) {
        List<Operation> found = new java.util.ArrayList<>();
        root.walkPostOrder(op -> {
            if (op.name().name().equals(name)) found.add(op);
        });
        return found.get(nth);
    }

    @Test
    void callBySymbolResolvesThroughTheNearestSymbolTable() {
        Operation module = parse(CALLS);
        Operation call = find(module, "it.call", 0);
        assertThat(CallOpInterface.isCall(call)).isTrue();
        assertThat(CallOpInterface.callee(call)).isInstanceOfSatisfying(CallOpInterface.SymbolCallee.class,
                c -> assertThat(c.symbol().root()).isEqualTo("g"));
        assertThat(CallOpInterface.argOperands(call)).containsExactly(find(module, "it.func", 0).region(0)
                .entryBlock().argument(0));
        assertThat(CallOpInterface.resolveCallable(call)).isSameAs(find(module, "it.func", 1));
    }

    @Test
    void callByValueHasItsDefiningOpAsCallable() {
        Operation module = parse(CALLS);
        Operation call = find(module, "it.call_value", 0);
        Operation value = find(module, "it.value", 0);
        assertThat(CallOpInterface.callee(call)).isEqualTo(new CallOpInterface.ValueCallee(value.result(0)));
        assertThat(CallOpInterface.argOperands(call)).containsExactly(find(module, "it.call", 0).result(0));
        assertThat(CallOpInterface.resolveCallable(call)).isSameAs(value);
    }

    @Test
    void callToAMissingSymbolResolvesToNothing() {
        Operation module = parse(CALLS.replace("callee = @g", "callee = @nowhere"));
        assertThat(CallOpInterface.resolveCallable(find(module, "it.call", 0))).isNull();
    }

    @Test
    void otherOpsAreNoCallsNorCallables() {
        Operation module = parse(CALLS);
        Operation value = find(module, "it.value", 0);
        assertThat(CallOpInterface.isCall(value)).isFalse();
        assertThat(CallOpInterface.callee(value)).isNull();
        assertThat(CallOpInterface.argOperands(value)).isEmpty();
        assertThat(CallableOpInterface.isCallable(value)).isFalse();
        assertThat(CallableOpInterface.callableRegion(value)).isNull();
    }

    @Test
    void callableHasItsBodyAndFunctionType() {
        Operation module = parse(CALLS);
        Operation main = find(module, "it.func", 0);
        Operation external = find(module, "it.func", 1);
        IntegerType i32 = IntegerType.signless(32);
        assertThat(CallableOpInterface.isCallable(main)).isTrue();
        assertThat(CallableOpInterface.callableRegion(main)).isSameAs(main.region(0));
        assertThat(CallableOpInterface.argumentTypes(main)).containsExactly(i32);
        assertThat(CallableOpInterface.resultTypes(main)).containsExactly(i32);
        assertThat(CallableOpInterface.callableRegion(external)).isNull();
    }

    private static final String BRANCHES = """
            "it.func"() ({
            ^bb0(%c: i1, %a: i32, %b: f32):
              "it.cond_br"(%c, %a, %b, %a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 2, 1>}>
                  : (i1, i32, f32, i32) -> ()
            ^bb1(%x: i32, %y: f32):
              "it.br"(%x)[^bb2] : (i32) -> ()
            ^bb2(%z: i32):
              "it.return"(%z) : (i32) -> ()
            }) {sym_name = "f", function_type = (i1, i32, f32) -> i32} : () -> ()
            """;

    @Test
    void branchForwardsEachOperandSegmentToItsSuccessor() {
        Operation f = find(parse(BRANCHES), "it.func", 0);
        Operation condBr = find(f, "it.cond_br", 0);
        Block entry = f.region(0).entryBlock();
        assertThat(BranchOpInterface.isBranch(condBr)).isTrue();
        assertThat(BranchOpInterface.successorOperands(condBr, 0).values())
                .containsExactly(entry.argument(1), entry.argument(2));
        assertThat(BranchOpInterface.successorOperands(condBr, 1).values()).containsExactly(entry.argument(1));
        assertThat(BranchOpInterface.successorOperands(condBr, 1).operandIndex(0)).isEqualTo(3);
        assertThat(BranchOpInterface.successorBlockArgument(condBr, 0)).isNull();
        assertThat(BranchOpInterface.successorBlockArgument(condBr, 2)).isSameAs(condBr.successor(0).argument(1));
        assertThat(BranchOpInterface.successorBlockArgument(condBr, 3)).isSameAs(condBr.successor(1).argument(0));
        assertThat(BranchOpInterface.isBranch(find(f, "it.return", 0))).isFalse();
        assertThat(Verifier.verifyAll(f)).isEmpty();
    }

    @Test
    void erasingAForwardedOperandUpdatesTheOperandSegments() {
        Operation f = find(parse(BRANCHES), "it.func", 0);
        Operation condBr = find(f, "it.cond_br", 0);
        Block entry = f.region(0).entryBlock();
        BranchOpInterface.SuccessorOperands toFirst = BranchOpInterface.successorOperands(condBr, 0);
        toFirst.erase(0);
        assertThat(toFirst.values()).containsExactly(entry.argument(2));
        assertThat(condBr.numOperands()).isEqualTo(3);
        assertThat(((DictionaryAttr) condBr.properties()).get("operandSegmentSizes"))
                .isEqualTo(new DenseArrayAttr(IntegerType.signless(32), new long[] {1, 1, 1}));
        assertThat(BranchOpInterface.successorOperands(condBr, 1).values()).containsExactly(entry.argument(1));
        condBr.successor(0).eraseArgument(0);
        assertThat(Verifier.verifyAll(f)).isEmpty();
    }

    @Test
    void appendingForwardedOperandsGrowsTheirSegment() {
        Operation f = find(parse(BRANCHES), "it.func", 0);
        Operation condBr = find(f, "it.cond_br", 0);
        Block entry = f.region(0).entryBlock();
        BranchOpInterface.successorOperands(condBr, 0).append(List.of(entry.argument(0)));
        assertThat(BranchOpInterface.successorOperands(condBr, 0).values())
                .containsExactly(entry.argument(1), entry.argument(2), entry.argument(0));
        assertThat(BranchOpInterface.successorOperands(condBr, 1).values()).containsExactly(entry.argument(1));
        assertThat(((DictionaryAttr) condBr.properties()).get("operandSegmentSizes"))
                .isEqualTo(new DenseArrayAttr(IntegerType.signless(32), new long[] {1, 3, 1}));
    }

    @Test
    void branchVerifiesOperandCountAndTypesAgainstTheSuccessor() {
        Operation count = parse(BRANCHES.replace("\"it.br\"(%x)[^bb2] : (i32) -> ()", "\"it.br\"()[^bb2] : () -> ()"));
        assertThat(Verifier.verify(count).message())
                .isEqualTo("branch has 0 operands for successor #0, but target block has 1");
        Operation type = parse(BRANCHES.replace("^bb2(%z: i32)", "^bb2(%z: f32)")
                .replace("\"it.return\"(%z) : (i32)", "\"it.return\"(%z) : (f32)"));
        assertThat(Verifier.verify(type).message()).isEqualTo("type mismatch for bb argument #0 of successor #1");
    }

    private static final String LOOP = """
            "it.func"() ({
            ^bb0(%a: i32, %b: i32):
              %r = "it.loop"(%a) ({
              ^bb0(%i: i32):
                "it.yield_tail"(%b, %i) : (i32, i32) -> ()
              }) : (i32) -> i32
              "it.return"(%r) : (i32) -> ()
            }) {sym_name = "f", function_type = (i32, i32) -> i32} : () -> ()
            """;

    @Test
    void regionBranchOpNamesItsSuccessorsAndEntryOperands() {
        Operation f = find(parse(LOOP), "it.func", 0);
        Operation loop = find(f, "it.loop", 0);
        Region body = loop.region(0);
        assertThat(RegionBranchOpInterface.isRegionBranch(loop)).isTrue();
        List<RegionBranchOpInterface.Successor> successors = RegionBranchOpInterface.successorRegions(loop, null);
        assertThat(successors).hasSize(2);
        assertThat(successors.get(0).region()).isSameAs(body);
        assertThat(successors.get(0).inputs()).containsExactly(body.entryBlock().argument(0));
        assertThat(successors.get(1).isParent()).isTrue();
        assertThat(successors.get(1).inputs()).containsExactly(loop.result(0));
        assertThat(RegionBranchOpInterface.entrySuccessorOperands(loop, body))
                .containsExactly(f.region(0).entryBlock().argument(0));
        assertThat(RegionBranchOpInterface.successorRegions(find(f, "it.return", 0), null)).isNull();
    }

    @Test
    void regionTerminatorsPassTheirOperandsOn() {
        Operation f = find(parse(LOOP), "it.func", 0);
        Operation yield = find(f, "it.yield_tail", 0);
        Operation ret = find(f, "it.return", 0);
        assertThat(RegionBranchOpInterface.isRegionTerminator(yield)).isTrue();
        assertThat(RegionBranchOpInterface.terminatorSuccessorOperands(yield, null))
                .containsExactly(yield.operand(1));
        assertThat(RegionBranchOpInterface.isRegionTerminator(ret)).isTrue();
        assertThat(RegionBranchOpInterface.terminatorSuccessorOperands(ret, null)).containsExactly(ret.operand(0));
        assertThat(RegionBranchOpInterface.isRegionTerminator(find(f, "it.loop", 0))).isFalse();
    }

    private static String verifyOp(String op) {
        Diagnostic d = Verifier.verify(parse("""
                "it.func"() ({
                ^bb0(%a: tensor<4xf32>, %b: tensor<?xf32>, %c: tensor<8xf32>, %d: tensor<*xf32>, %e: f32, %m: tensor<2x4xf32>):
                  %OP
                  "it.return"() : () -> ()
                }) {sym_name = "f", function_type = (tensor<4xf32>, tensor<?xf32>, tensor<8xf32>, tensor<*xf32>, f32, tensor<2x4xf32>) -> ()} : () -> ()
                """.replace("%OP", op)));
        return d == null ? null : d.message();
    }

    @Test
    void sameOperandsShapeAcceptsDynamicAndUnrankedDimensions() {
        assertThat(verifyOp("\"it.same_shape\"(%a, %b, %d) : (tensor<4xf32>, tensor<?xf32>, tensor<*xf32>) -> ()"))
                .isNull();
        assertThat(verifyOp("\"it.same_shape\"(%e, %e) : (f32, f32) -> ()")).isNull();
    }

    @Test
    void sameOperandsShapeRejectsOtherSizesRanksAndMixes() {
        String message = "'it.same_shape' op requires the same shape for all operands";
        assertThat(verifyOp("\"it.same_shape\"(%a, %c) : (tensor<4xf32>, tensor<8xf32>) -> ()"))
                .isEqualTo(message);
        assertThat(verifyOp("\"it.same_shape\"(%b, %a, %c) : (tensor<?xf32>, tensor<4xf32>, tensor<8xf32>) -> ()"))
                .isEqualTo(message);
        assertThat(verifyOp("\"it.same_shape\"(%a, %m) : (tensor<4xf32>, tensor<2x4xf32>) -> ()"))
                .isEqualTo(message);
        assertThat(verifyOp("\"it.same_shape\"(%a, %e) : (tensor<4xf32>, f32) -> ()")).isEqualTo(message);
        assertThat(verifyOp("\"it.same_shape\"() : () -> ()"))
                .isEqualTo("'it.same_shape' op expected 1 or more operands, but found 0");
    }

    @Test
    void sameOperandsAndResultShapeCountsResults() {
        assertThat(verifyOp("%r = \"it.same_shape_result\"(%a) : (tensor<4xf32>) -> tensor<8xi32>"))
                .isEqualTo("'it.same_shape_result' op requires the same shape for all operands and results");
        assertThat(verifyOp("%r = \"it.same_shape_result\"(%a) : (tensor<4xf32>) -> tensor<?xi32>")).isNull();
    }

    private static Diagnostic verifyScope(String body) {
        return Verifier.verify(parse("\"it.scope\"() ({\n" + body + "}) : () -> ()\n"));
    }

    @Test
    void implicitTerminatorMustEndTheRegion() {
        assertThat(verifyScope("  \"it.end\"() : () -> ()\n")).isNull();
        assertThat(verifyScope("")).isNull();
        Diagnostic d = verifyScope("  \"foo.op\"() : () -> ()\n");
        assertThat(d.message()).isEqualTo("'it.scope' op expects regions to end with 'it.end', found 'foo.op'");
        assertThat(d.notes()).extracting(Diagnostic::message)
                .containsExactly("in custom textual format, the absence of terminator implies 'it.end'");
        assertThat(d.notes().getFirst().location()).isEqualTo(d.location());
    }

    @Test
    void singleBlockRegionMayNotHaveAnEmptyBlock() {
        assertThat(verifyScope("^bb0:\n").message()).isEqualTo("'it.scope' op expects a non-empty block");
    }

    @Test
    void pureAndAlwaysSpeculatableOpsAreSpeculatable() {
        Operation f = find(parse(LOOP), "it.func", 0);
        assertThat(Speculation.isSpeculatable(find(f, "it.return", 0))).isTrue();
        assertThat(Speculation.isSpeculatable(find(f, "it.loop", 0))).isFalse();
        Operation spec = find(parse("\"it.spec\"() : () -> ()\n\"foo.op\"() : () -> ()\n"), "it.spec", 0);
        assertThat(Speculation.isSpeculatable(spec)).isTrue();
        assertThat(Speculation.isSpeculatable(spec.nextInBlock())).isFalse();
    }

    private static String verifyLoop(String text) {
        Diagnostic d = Verifier.verify(parse(text));
        return d == null ? null : d.message();
    }

    @Test
    void regionBranchOpVerifiesTheTypesAlongEachEdge() {
        assertThat(verifyLoop(LOOP)).isNull();
        assertThat(verifyLoop(LOOP.replace("^bb0(%i: i32)", "^bb0(%i: i64)")
                .replace("(%b, %i) : (i32, i32)", "(%b, %b) : (i32, i32)")))
                .isEqualTo("'it.loop' op along control flow edge from parent to Region #0: "
                        + "successor operand type #0 'i32' should match successor input type #0 'i64'");
        assertThat(verifyLoop(LOOP.replace("(%b, %i) : (i32, i32)", "(%b, %i, %i) : (i32, i32, i32)")))
                .isEqualTo("'it.loop' op along control flow edge from Operation it.yield_tail to Region #0: "
                        + "region branch point has 2 operands, but region successor needs 1 inputs");
    }
}
