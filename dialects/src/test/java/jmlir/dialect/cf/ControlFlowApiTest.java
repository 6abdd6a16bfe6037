package jmlir.dialect.cf;

import jmlir.dialect.Dialects;
import jmlir.ir.Block;
import jmlir.ir.BranchOpInterface;
import jmlir.ir.Context;
import jmlir.ir.MemoryEffect;
import jmlir.ir.Operation;
import jmlir.ir.SideEffects;
import jmlir.ir.Trait;
import jmlir.numeric.APInt;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed accessors, traits, effects and successor operands of the cf ops. */
class ControlFlowApiTest {
    private static final String INPUT = """
            func.func @f(%c: i1, %a: i32, %b: i32) {
              cf.cond_br %c weights([1, 3]), ^bb1(%a : i32), ^bb2(%a, %b : i32, i32)
            ^bb1(%x: i32):
              cf.assert %c, "ok"
              cf.switch %x : i32, [
                default: ^bb2(%x, %x : i32, i32),
                -2: ^bb1(%b : i32),
                9: ^bb3
              ]
            ^bb2(%p: i32, %q: i32):
              cf.br ^bb3
            ^bb3:
              return
            }
            """;

    private static List<Operation> ops() {
        Context context = Dialects.registerAll(new Context());
        Operation module = new Parser(context, SourceFile.of("f.mlir", INPUT.getBytes(StandardCharsets.UTF_8)),
                new ResourceTable()).parseTopLevel();
        List<Operation> ops = new ArrayList<>();
        module.walkPostOrder(op -> {
            if (op.name().name().startsWith("cf.")) ops.add(op);
        });
        return ops;
    }

    @Test
    void condBranchExposesItsParts() {
        CondBranchOp condBr = (CondBranchOp) ops().get(0);
        assertThat(condBr.trueDestOperands()).hasSize(1);
        assertThat(condBr.falseDestOperands()).hasSize(2);
        assertThat(condBr.weights().values()).containsExactly(1, 3);
        assertThat(condBr.hasTrait(Trait.TERMINATOR)).isTrue();
        assertThat(SideEffects.isMemoryEffectFree(condBr)).isTrue();
        assertThat(BranchOpInterface.successorOperands(condBr, 1).values()).isEqualTo(condBr.falseDestOperands());
    }

    @Test
    void switchForwardsEachCaseItsOwnOperands() {
        SwitchOp sw = (SwitchOp) ops().get(2);
        assertThat(sw.numCases()).isEqualTo(2);
        assertThat(sw.caseValues()).containsExactly(APInt.of(32, -2), APInt.of(32, 9));
        assertThat(BranchOpInterface.successorOperands(sw, 0).values()).isEqualTo(sw.defaultOperands());
        assertThat(BranchOpInterface.successorOperands(sw, 1).values()).isEqualTo(sw.caseOperands(0));
        assertThat(BranchOpInterface.successorOperands(sw, 2).values()).isEmpty();
        Block caseDest = sw.caseDestination(0);
        assertThat(BranchOpInterface.successorBlockArgument(sw, 3)).isSameAs(caseDest.argument(0));
    }

    @Test
    void erasingAndAppendingSwitchOperandsKeepsTheSegmentsConsistent() {
        SwitchOp sw = (SwitchOp) ops().get(2);
        BranchOpInterface.successorOperands(sw, 0).erase(1);
        assertThat(sw.defaultOperands()).hasSize(1);
        assertThat(sw.caseOperands(0)).containsExactly(sw.operand(2));
        BranchOpInterface.successorOperands(sw, 2).append(List.of(sw.flag()));
        assertThat(sw.caseOperands(1)).containsExactly(sw.flag());
        assertThat(SwitchOp.caseSegments(sw)).containsExactly(1, 1);
        assertThat(sw.numOperands()).isEqualTo(4);
    }

    @Test
    void assertWritesMemory() {
        AssertOp assertOp = (AssertOp) ops().get(1);
        assertThat(assertOp.msg()).isEqualTo("ok");
        List<MemoryEffect> effects = SideEffects.ownEffects(assertOp);
        assertThat(effects).extracting(MemoryEffect::kind).containsExactly(MemoryEffect.Kind.WRITE);
    }
}
