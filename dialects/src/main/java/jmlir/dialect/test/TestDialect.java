package jmlir.dialect.test;

import jmlir.ir.Attribute;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Dialect;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.rewrite.Builder;

import java.util.List;

/**
 * The ops of MLIR's {@code test} dialect that upstream tests use, with mlir-opt 22's
 * definitions; mlir-opt registers this dialect, and like it, other {@code test.*} ops are
 * accepted as unregistered ops. The ops are defined by purpose in {@link TestAttributeOps},
 * {@link TestTypeOps}, {@link TestRegionOps} and {@link StringAttrPrettyNameOp}. Of the
 * dialect's types and attributes, those of {@link TestTypeDefs} and {@link TestAttrDefs} are
 * defined as data and {@link ExternElementsAttr} is read by its own syntax; others are kept as
 * written.
 */
public final class TestDialect extends Dialect {
    public static final String NAMESPACE = "test";
    public static final String CONSTANT = "test.constant";

    public TestDialect() {
        super(NAMESPACE);
        addOperations(OpDef.builder(CONSTANT)
                .property("value", AttrConstraint.ANY)
                .result("result", TypeConstraint.ANY)
                .traits(Trait.PURE, Trait.CONSTANT_LIKE)
                .folder((op, constants) -> op.property("value"))
                .build());
        TestAttributeOps.all().forEach(this::addOperations);
        TestTypeOps.all().forEach(this::addOperations);
        TestRegionOps.all().forEach(this::addOperations);
        TestLocationOps.all().forEach(this::addOperations);
        addOperations(StringAttrPrettyNameOp.definition());
        addAttributeSyntax(ExternElementsAttr.MNEMONIC, ExternElementsAttr.SYNTAX);
        TestTypeDefs.all().forEach(this::addTypes);
        TestAttrDefs.all().forEach(this::addAttributes);
    }

    /** Only some of the test dialect's types and attributes are defined; the others are kept as written. */
    @Override
    public boolean keepsUnknownTypesAndAttributes() {
        return true;
    }

    /** The test dialect keeps blobs, which {@code #test.e1di64_elements} refers to. */
    @Override
    public boolean acceptsResources() {
        return true;
    }

    @Override
    public boolean allowsUnknownOperations() {
        return true;
    }

    /** Any folded value becomes a {@code test.constant} of the result's type. */
    @Override
    public Operation materializeConstant(Builder builder, Attribute value, Type type, Location location) {
        OperationState state = new OperationState(builder.context().operationName(CONSTANT), location);
        state.properties = DictionaryAttr.sorted(List.of(new NamedAttribute("value", value)));
        state.resultTypes.add(type);
        return builder.create(state);
    }
}
