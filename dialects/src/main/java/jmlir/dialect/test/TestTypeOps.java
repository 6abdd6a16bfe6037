package jmlir.dialect.test;

import jmlir.ir.Diagnostic;
import jmlir.ir.OpDef;
import jmlir.ir.DefinedType;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;

import java.util.List;

/** Test ops that check properties of the types they use. */
final class TestTypeOps {
    private TestTypeOps() {
    }

    static List<OpDef> all() {
        return List.of(OpDef.builder("test.result_type_with_trait")
                .result("result", TypeConstraint.ANY)
                // A trait verifier: its message carries no op prefix.
                .diagnosticVerifier(op -> hasTestTypeTrait(op.result(0).type()) ? null
                        : Diagnostic.error(op, "result type should have trait 'TestTypeTrait'"))
                .build());
    }

    /** Whether the type has the test dialect's TestTypeTrait, which only !test.test_type_with_trait has. */
    static boolean hasTestTypeTrait(Type type) {
        return type instanceof DefinedType d && d.definition() == TestTypeDefs.WITH_TRAIT;
    }
}
