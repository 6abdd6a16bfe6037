package jmlir.dialect.affine;

import jmlir.dialect.Dialects;
import jmlir.ir.AffineMap;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.MemoryEffect;
import jmlir.ir.Operation;
import jmlir.ir.RegionBranchOpInterface;
import jmlir.ir.SideEffects;
import jmlir.ir.Value;
import jmlir.ir.Verifier;
import jmlir.syntax.AffineSyntax;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The affine ops' classes, their effects and the dimension and symbol rules, on parsed IR. */
class AffineApiTest {
    private static final String INPUT = """
            func.func @f(%A: memref<?x8xf32>, %n: index, %init: f32) -> f32 {
              %r = affine.for %i = max affine_map<(d0)[s0] -> (d0, s0)>(%n)[%n] to 64 step 4
                  iter_args(%acc = %init) -> (f32) {
                %j = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
                %k = arith.addi %i, %i : index
                %v = affine.load %A[%j, symbol(%n) * 2] : memref<?x8xf32>
                affine.store %v, %A[%i, 0] : memref<?x8xf32>
                "use"(%k) : (index) -> ()
                affine.yield %v : f32
              }
              affine.for %z = 0 to 0 {
                "use"(%z) : (index) -> ()
              }
              return %r : f32
            }
            """;

    private static Operation parse() {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        Operation module = new Parser(context, SourceFile.of("api.mlir", INPUT), new ResourceTable()).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        return module;
    }

    private static <T extends Operation> List<T> all(Operation root, Class<T> kind) {
        List<T> found = new ArrayList<>();
        root.walkPostOrder(op -> {
            if (kind.isInstance(op)) found.add(kind.cast(op));
        });
        return found;
    }

    @Test
    void loopsExposeTheirBoundsStepAndLoopCarriedValues() {
        ForOp loop = all(parse(), ForOp.class).getFirst();
        assertThat(loop.lowerBoundMap()).isEqualTo(AffineSyntax.parseAffineMap("(d0)[s0] -> (d0, s0)"));
        assertThat(loop.lowerBoundOperands()).hasSize(2);
        assertThat(loop.upperBoundMap()).isEqualTo(AffineMap.constant(64));
        assertThat(loop.upperBoundOperands()).isEmpty();
        assertThat(loop.step()).isEqualTo(4);
        assertThat(loop.inits()).hasSize(1);
        assertThat(loop.regionIterArgs()).hasSize(1);
        assertThat(loop.inductionVar().type()).isEqualTo(jmlir.ir.IndexType.INSTANCE);
        assertThat(loop.constantTripCount()).isEqualTo(-1);
    }

    @Test
    void loadsAndStoresExposeTheirMapsAndEffects() {
        Operation module = parse();
        LoadOp load = all(module, LoadOp.class).getFirst();
        assertThat(load.map()).isEqualTo(AffineSyntax.parseAffineMap("(d0)[s0] -> (d0, s0 * 2)"));
        assertThat(load.mapOperands()).hasSize(2);
        assertThat(SideEffects.ownEffects(load)).containsExactly(new MemoryEffect(MemoryEffect.Kind.READ,
                load.memref()));
        StoreOp store = all(module, StoreOp.class).getFirst();
        assertThat(store.valueToStore()).isSameAs(load.result(0));
        assertThat(SideEffects.ownEffects(store)).containsExactly(new MemoryEffect(MemoryEffect.Kind.WRITE,
                store.memref()));
        assertThat(SideEffects.isMemoryEffectFree(all(module, ApplyOp.class).getFirst())).isTrue();
    }

    @Test
    void inductionVariablesAndApplyResultsAreDimensionsButNotSymbols() {
        Operation module = parse();
        ForOp loop = all(module, ForOp.class).getFirst();
        Value n = loop.lowerBoundOperands().get(1);
        Value j = all(module, ApplyOp.class).getFirst().result(0);
        Value k = all(module, jmlir.ir.Operation.class).stream()
                .filter(op -> op.name().name().equals("arith.addi")).findFirst().orElseThrow().result(0);
        assertThat(AffineScopes.isValidSymbol(n)).isTrue();
        assertThat(AffineScopes.isValidDim(loop.inductionVar())).isTrue();
        assertThat(AffineScopes.isValidSymbol(loop.inductionVar())).isFalse();
        assertThat(AffineScopes.isValidDim(j)).isTrue();
        assertThat(AffineScopes.isValidSymbol(j)).isFalse();
        assertThat(AffineScopes.isValidDim(k)).isFalse();
    }

    @Test
    void loopsStateTheirControlFlow() {
        List<ForOp> loops = all(parse(), ForOp.class);
        ForOp carried = loops.stream().filter(l -> l.numResults() == 1).findFirst().orElseThrow();
        // Unknown trip count: the body or the results, from the op and from the body.
        assertThat(RegionBranchOpInterface.successorRegions(carried, null)).hasSize(2);
        assertThat(RegionBranchOpInterface.entrySuccessorOperands(carried, carried.region(0)))
                .containsExactlyElementsOf(carried.inits());
        ForOp empty = loops.stream().filter(l -> l.constantTripCount() == 0).findFirst().orElseThrow();
        List<RegionBranchOpInterface.Successor> fromEntry = RegionBranchOpInterface.successorRegions(empty, null);
        assertThat(fromEntry).hasSize(1);
        assertThat(fromEntry.getFirst().isParent()).isTrue();
        Block body = empty.body();
        assertThat(body.last()).isInstanceOf(YieldOp.class);
    }
}
