package jmlir.ir;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The IR's own bookkeeping: use lists, block order, predecessors, erasure. */
class IrCoreTest {
    private final Context context = new Context();

    private Operation op(String name, List<Value> operands, List<Type> results) {
        return Operation.create(context.operationName(name), Location.Unknown.INSTANCE, operands, results, List.of(),
                0, null, null);
    }

    private static List<Operation> users(Value v) {
        List<Operation> users = new ArrayList<>();
        for (OpOperand use : v.uses()) users.add(use.owner());
        return users;
    }

    @Test
    void usesAreTrackedAndReplaced() {
        Block block = new Block();
        Operation a = op("t.a", List.of(), List.of(IntegerType.I32));
        Operation b = op("t.b", List.of(), List.of(IntegerType.I32));
        block.append(a);
        block.append(b);
        Operation u1 = op("t.use", List.of(a.result(0), a.result(0)), List.of());
        Operation u2 = op("t.use", List.of(a.result(0)), List.of());
        block.append(u1);
        block.append(u2);

        assertThat(users(a.result(0))).containsExactly(u2, u1, u1);
        a.result(0).replaceAllUsesWith(b.result(0));
        assertThat(a.result(0).hasUses()).isFalse();
        assertThat(users(b.result(0))).hasSize(3);
        assertThat(u1.operand(1)).isSameAs(b.result(0));

        u2.erase();
        assertThat(users(b.result(0))).containsExactly(u1, u1);
        assertThat(block.size()).isEqualTo(3);
    }

    @Test
    void blockOrderIsKeptAcrossInsertions() {
        Block block = new Block();
        Operation first = op("t.first", List.of(), List.of());
        Operation last = op("t.last", List.of(), List.of());
        block.append(first);
        block.append(last);
        Operation middle = op("t.middle", List.of(), List.of());
        block.insertBefore(last, middle);

        assertThat(first.isBeforeInBlock(middle)).isTrue();
        assertThat(middle.isBeforeInBlock(last)).isTrue();
        assertThat(last.isBeforeInBlock(first)).isFalse();
        List<String> names = new ArrayList<>();
        for (Operation o : block) names.add(o.name().name());
        assertThat(names).containsExactly("t.first", "t.middle", "t.last");
    }

    @Test
    void successorsAreThePredecessorsOfTheirBlocks() {
        Operation holder = Operation.create(context.operationName("t.region"), Location.Unknown.INSTANCE,
                List.of(), List.of(), List.of(), 1, null, null);
        Block entry = new Block();
        Block target = new Block();
        holder.region(0).addBlock(entry);
        holder.region(0).addBlock(target);
        Operation br = Operation.create(context.operationName("t.br"), Location.Unknown.INSTANCE, List.of(),
                List.of(), List.of(target, target), 0, null, null);
        entry.append(br);

        assertThat(target.hasPredecessors()).isTrue();
        assertThat(entry.hasPredecessors()).isFalse();
        br.erase();
        assertThat(target.hasPredecessors()).isFalse();
    }

    @Test
    void operationNamesAreInternedAndKnowTheirDialect() {
        OperationName module = context.operationName("builtin.module");
        assertThat(context.operationName("builtin.module")).isSameAs(module);
        assertThat(module.isRegistered()).isTrue();
        assertThat(module.hasTrait(Trait.ISOLATED_FROM_ABOVE)).isTrue();
        OperationName unknown = context.operationName("foo.bar");
        assertThat(unknown.isRegistered()).isFalse();
        assertThat(unknown.dialectNamespace()).isEqualTo("foo");
    }

    @Test
    void integerAttributesHoldValuesInTheirTypesInterpretation() {
        assertThat(IntegerAttr.of(IntegerType.I8, 255).value()).isEqualTo(-1);
        IntegerType ui8 = new IntegerType(8, IntegerType.Signedness.UNSIGNED);
        assertThat(IntegerAttr.of(ui8, 255).value()).isEqualTo(255);
        IntegerType i128 = IntegerType.signless(128);
        assertThat(IntegerAttr.of(i128, java.math.BigInteger.ONE.shiftLeft(127)).bigValue().signum()).isNegative();
    }

    @Test
    void integerAttributesTruncateToTheirWidth() {
        IntegerType ui64 = new IntegerType(64, IntegerType.Signedness.UNSIGNED);
        IntegerType si16 = new IntegerType(16, IntegerType.Signedness.SIGNED);
        IntegerType ui1 = new IntegerType(1, IntegerType.Signedness.UNSIGNED);
        assertThat(IntegerAttr.of(IntegerType.I8, 128).value()).isEqualTo(-128);
        assertThat(IntegerAttr.of(IntegerType.I8, -129).value()).isEqualTo(127);
        assertThat(IntegerAttr.of(IntegerType.I8, 0x1ff).value()).isEqualTo(-1);
        assertThat(IntegerAttr.of(si16, 0x18000).value()).isEqualTo(-32768);
        assertThat(IntegerAttr.of(ui1, -1).value()).isEqualTo(1);
        assertThat(IntegerAttr.of(IntegerType.I64, Long.MIN_VALUE).value()).isEqualTo(Long.MIN_VALUE);
        assertThat(IntegerAttr.of(ui64, -1).decimal()).isEqualTo("18446744073709551615");
        assertThat(IntegerAttr.of(IndexType.INSTANCE, -5).value()).isEqualTo(-5);
        // Values wider than a long wrap the same way.
        java.math.BigInteger big = java.math.BigInteger.ONE.shiftLeft(70).add(java.math.BigInteger.valueOf(200));
        assertThat(IntegerAttr.of(IntegerType.I8, big).value()).isEqualTo(-56);
        assertThat(IntegerAttr.of(ui64, java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE))
                .decimal()).isEqualTo("18446744073709551615");
        assertThat(IntegerAttr.of(IntegerType.I32, java.math.BigInteger.valueOf(-7))).isEqualTo(
                new IntegerAttr(IntegerType.I32, -7, null));
    }

    @Test
    void verifierRejectsAnEmptyBlockInAMultiBlockRegion() {
        Operation holder = Operation.create(context.operationName("t.region"), new Location.FileLineCol("f", 1, 1),
                List.of(), List.of(), List.of(), 1, null, null);
        holder.region(0).addBlock(new Block());
        holder.region(0).addBlock(new Block());
        Diagnostic d = Verifier.verify(holder);
        assertThat(d).isNotNull();
        assertThat(d.message()).isEqualTo("empty block: expect at least a terminator");
    }
}
