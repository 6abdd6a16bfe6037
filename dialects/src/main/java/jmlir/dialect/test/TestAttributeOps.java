package jmlir.dialect.test;

import jmlir.ir.AttrConstraint;
import jmlir.ir.OpDef;

import java.util.List;

/** Test ops whose only purpose is to hold attributes of some constraint, so that it gets verified. */
final class TestAttributeOps {
    private TestAttributeOps() {
    }

    static List<OpDef> all() {
        return List.of(
                OpDef.builder("test.any_attr_of_i32_str")
                        .property("attr", AttrConstraint.anyOf(AttrConstraint.I32, AttrConstraint.STRING))
                        .build(),
                // Any attribute: used to check that floats of every kind read and print back.
                OpDef.builder("test.float_attrs")
                        .property("float_attr", AttrConstraint.ANY)
                        .build(),
                OpDef.builder("test.int_attrs")
                        .property("any_i32_attr", AttrConstraint.ANY_I32)
                        .property("index_attr", AttrConstraint.INDEX)
                        .property("ui32_attr", AttrConstraint.UI32)
                        .property("si32_attr", AttrConstraint.SI32)
                        .build());
    }
}
