package jmlir.syntax.format;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Context;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.Dialect;
import jmlir.ir.EnumAttr;
import jmlir.ir.EnumDef;
import jmlir.ir.FloatType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerType;
import jmlir.ir.MemRefType;
import jmlir.ir.OpDef;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ShapedType;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.UnrankedTensorType;
import jmlir.ir.VectorType;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;
import jmlir.ir.Operation;
import jmlir.ir.Value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-only dialects with a few ops of upstream MLIR dialects (arith, math, memref, vector, cf,
 * func, scf, tensor): their names, operands, attributes, traits and ODS assembly formats, enough
 * to compare jmlir's parsing and printing with mlir-opt's.
 */
final class TestDialects {
    private TestDialects() {
    }

    static Context context() {
        Context c = new Context();
        c.setAllowUnregisteredDialects(true);
        c.register("arith", Arith::new);
        c.register("math", MathDialect::new);
        c.register("memref", MemRef::new);
        c.register("vector", Vector::new);
        c.register("cf", Cf::new);
        c.register("func", Func::new);
        c.register("scf", Scf::new);
        c.register("tensor", Tensor::new);
        c.register("llvm", Llvm::new);
        c.register("xevm", XeVM::new);
        c.register("pdl", Pdl::new);
        c.register("emitc", EmitC::new);
        c.register("gpu", Gpu::new);
        c.register("index", IndexDialect::new);
        return c;
    }

    // ================================================================ constraints

    static boolean isSignlessIntOrIndex(Type t) {
        return t instanceof IndexType || t instanceof IntegerType it && it.isSignless();
    }

    static Type elementTypeOrSelf(Type t) {
        return t instanceof ShapedType s ? s.elementType() : t;
    }

    static boolean isVectorOrTensorOf(Type t, java.util.function.Predicate<Type> element) {
        return (t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType)
                && element.test(((ShapedType) t).elementType());
    }

    static final TypeConstraint SIGNLESS_INTEGER_LIKE = TypeConstraint.of("signless-integer-like",
            t -> isSignlessIntOrIndex(t) || isVectorOrTensorOf(t, TestDialects::isSignlessIntOrIndex));
    static final TypeConstraint FLOAT_LIKE = TypeConstraint.of("floating-point-like",
            t -> t instanceof FloatType || isVectorOrTensorOf(t, e -> e instanceof FloatType));
    static final TypeConstraint BOOL_LIKE = TypeConstraint.of("bool-like",
            t -> t == IntegerType.I1 || isVectorOrTensorOf(t, e -> e == IntegerType.I1));
    static final TypeConstraint ANY_MEMREF = TypeConstraint.ofKind("memref of any type values", "builtin.memref",
            t -> t instanceof MemRefType, t -> true);
    static final TypeConstraint ANY_RANKED_TENSOR = TypeConstraint.ofKind("ranked tensor of any type values",
            "builtin.tensor", t -> t instanceof RankedTensorType, t -> true);
    static final TypeConstraint ANY_VECTOR = TypeConstraint.ofKind("vector of any type values", "builtin.vector",
            t -> t instanceof VectorType, t -> true);

    /** i1, or a vector or tensor of i1 with the shape of {@code t}. */
    static Type i1SameShape(Type t) {
        return switch (t) {
            case VectorType v -> new VectorType(v.shape(), v.scalableDims(), IntegerType.I1);
            case RankedTensorType r -> new RankedTensorType(r.shape(), IntegerType.I1);
            case UnrankedTensorType u -> new UnrankedTensorType(IntegerType.I1);
            default -> IntegerType.I1;
        };
    }

    /** Names an op's first result with the given function (null keeps it numbered). */
    static OpDef.ResultNamer firstResultNamed(java.util.function.Function<Operation, String> name) {
        return (op, setName) -> {
            String n = name.apply(op);
            if (n != null && op.numResults() > 0) setName.accept(op.result(0), n);
        };
    }

    // ================================================================ arith

    static final EnumAttr.Kind OVERFLOW = new EnumAttr.Kind("arith", "overflow", "Arith_IntegerOverflowAttr",
            "Integer overflow arith flags",
            EnumDef.bits("::mlir::arith::IntegerOverflowFlags", ", ", "none", 0, "nsw", 1, "nuw", 2));
    static final EnumAttr.Kind FASTMATH = new EnumAttr.Kind("arith", "fastmath", "Arith_FastMathAttr",
            "Floating point fast math flags",
            EnumDef.bits("::mlir::arith::FastMathFlags", ",", "none", 0, "reassoc", 1, "nnan", 2, "ninf", 4,
                    "nsz", 8, "arcp", 16, "contract", 32, "afn", 64, "fast", 127));
    static final EnumDef CMPI_PREDICATE = EnumDef.of("::mlir::arith::CmpIPredicate", "eq", 0, "ne", 1, "slt", 2,
            "sle", 3, "sgt", 4, "sge", 5, "ult", 6, "ule", 7, "ugt", 8, "uge", 9);
    static final EnumDef CMPF_PREDICATE = EnumDef.of("::mlir::arith::CmpFPredicate", "false", 0, "oeq", 1,
            "ogt", 2, "oge", 3, "olt", 4, "ole", 5, "one", 6, "ord", 7, "ueq", 8, "ugt", 9, "uge", 10, "ult", 11,
            "ule", 12, "une", 13, "uno", 14, "true", 15);

    static final String INT_BINARY = "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)";
    static final String FLOAT_BINARY = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)";
    static final String CAST = "$in attr-dict `:` type($in) `to` type($out)";

    /** {@code : i32}, or {@code : vector<4xi1>, vector<4xi32>} when the condition is not a scalar. */
    static final CustomDirective SELECT_TYPES = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            Type first = parser.parseType();
            if (parser.consumeIf(TokenKind.COMMA)) {
                args.setType(0, first);
                args.setType(1, parser.parseType());
            } else {
                args.setType(0, IntegerType.I1);
                args.setType(1, first);
            }
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            if (args.type(0) instanceof ShapedType) {
                printer.printType(args.type(0));
                printer.print(", ");
            }
            printer.printType(args.type(1));
        }
    };

    static final class Arith extends Dialect {
        Arith() {
            super("arith");
            addEnumAttributes(OVERFLOW, FASTMATH);
            for (String name : List.of("addi", "subi", "muli")) {
                addOperations(OpDef.builder("arith." + name)
                        .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                        .result("result", SIGNLESS_INTEGER_LIKE)
                        .defaultedProperty("overflowFlags", OVERFLOW.constraint(), OVERFLOW.get(0))
                        .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                        .format(INT_BINARY).build());
            }
            addOperations(OpDef.builder("arith.maxsi")
                    .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                    .result("result", SIGNLESS_INTEGER_LIKE)
                    .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                    .format("$lhs `,` $rhs attr-dict `:` type($result)").build());
            for (String name : List.of("addf", "mulf")) {
                addOperations(OpDef.builder("arith." + name)
                        .operand("lhs", FLOAT_LIKE).operand("rhs", FLOAT_LIKE).result("result", FLOAT_LIKE)
                        .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                        .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                        .format(FLOAT_BINARY).build());
            }
            addOperations(OpDef.builder("arith.negf")
                    .operand("operand", FLOAT_LIKE).result("result", FLOAT_LIKE)
                    .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                    .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                    .format("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)").build());
            addOperations(OpDef.builder("arith.cmpi")
                    .property("predicate", CMPI_PREDICATE.integerAttr(IntegerType.I64))
                    .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                    .result("result", BOOL_LIKE)
                    .traits(Trait.SAME_TYPE_OPERANDS)
                    .typesMatchWith("result type has i1 element type and same shape as operands", "lhs", "result",
                            TestDialects::i1SameShape)
                    .format("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)").build());
            addOperations(OpDef.builder("arith.cmpf")
                    .property("predicate", CMPF_PREDICATE.integerAttr(IntegerType.I64))
                    .operand("lhs", FLOAT_LIKE).operand("rhs", FLOAT_LIKE)
                    .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                    .result("result", BOOL_LIKE)
                    .traits(Trait.SAME_TYPE_OPERANDS)
                    .typesMatchWith("result type has i1 element type and same shape as operands", "lhs", "result",
                            TestDialects::i1SameShape)
                    .format("$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)")
                    .build());
            addOperations(OpDef.builder("arith.select")
                    .operand("condition", BOOL_LIKE).operand("true_value", TypeConstraint.ANY)
                    .operand("false_value", TypeConstraint.ANY).result("result", TypeConstraint.ANY)
                    .allTypesMatch("true_value", "false_value", "result")
                    .directive("SelectTypes", SELECT_TYPES)
                    .format("$condition `,` $true_value `,` $false_value attr-dict `:` "
                            + "custom<SelectTypes>(type($condition), type($result))")
                    .build());
            addOperations(
                    OpDef.builder("arith.index_cast").operand("in", TypeConstraint.ANY).result("out", TypeConstraint.ANY)
                            .format(CAST).build(),
                    OpDef.builder("arith.extsi").operand("in", SIGNLESS_INTEGER_LIKE).result("out", SIGNLESS_INTEGER_LIKE)
                            .format(CAST).build(),
                    OpDef.builder("arith.sitofp").operand("in", SIGNLESS_INTEGER_LIKE).result("out", FLOAT_LIKE)
                            .format(CAST).build(),
                    OpDef.builder("arith.constant").property("value", AttrConstraint.TYPED)
                            .result("result", TypeConstraint.ANY)
                            .allTypesMatch("value", "result")
                            .resultNames(firstResultNamed(TestDialects::constantName))
                            .format("attr-dict $value").build());
        }
    }

    /** arith.constant's result names: {@code %c42_i32}, {@code %c0} (index), {@code %true}, else {@code %cst}. */
    static String constantName(Operation op) {
        jmlir.ir.Attribute value = ((jmlir.ir.DictionaryAttr) op.properties()).get("value");
        Type type = op.result(0).type();
        if (value instanceof jmlir.ir.IntegerAttr i) {
            if (type instanceof IntegerType it && it.width() == 1) return i.value() != 0 ? "true" : "false";
            String name = "c" + i.bigValue();
            return type instanceof IntegerType ? name + "_" + jmlir.syntax.TypePrinting.toString(type) : name;
        }
        return "cst";
    }

    static final class MathDialect extends Dialect {
        MathDialect() {
            super("math");
            addOperations(
                    OpDef.builder("math.sqrt").operand("operand", FLOAT_LIKE).result("result", FLOAT_LIKE)
                            .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                            .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                            .format("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)").build(),
                    OpDef.builder("math.fma").operand("a", FLOAT_LIKE).operand("b", FLOAT_LIKE).operand("c", FLOAT_LIKE)
                            .result("result", FLOAT_LIKE)
                            .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                            .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                            .format("$a `,` $b `,` $c (`fastmath` `` $fastmath^)? attr-dict `:` type($result)").build());
        }
    }

    // ================================================================ memref

    /** {@code memref<2xf32> = uninitialized}: a global's type and initial value (none for external ones). */
    static final CustomDirective GLOBAL_TYPE_AND_INITIAL_VALUE = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            Type type = parser.parseType();
            if (!(type instanceof MemRefType m) || !m.hasStaticShape()) {
                throw parser.emitError(parser.nameOffset(), "type should be static shaped memref, but got "
                        + jmlir.syntax.TypePrinting.toString(type));
            }
            args.setAttribute(0, parser.context().intern(new jmlir.ir.TypeAttr(type)));
            if (!parser.consumeIf(TokenKind.EQUAL)) return;
            if (parser.consumeKeywordIf("uninitialized")) {
                args.setAttribute(1, jmlir.ir.UnitAttr.INSTANCE);
                return;
            }
            args.setAttribute(1, parser.parseAttribute(new RankedTensorType(m.shape(), m.elementType())));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            printer.printType(((jmlir.ir.TypeAttr) args.attribute(0)).type());
            jmlir.ir.Attribute initial = args.attribute(1);
            if (initial == null) return;
            printer.print(" = ");
            if (initial instanceof jmlir.ir.UnitAttr) printer.print("uninitialized");
            else printer.printAttributeWithoutType(initial);
        }
    };

    static final class MemRef extends Dialect {
        MemRef() {
            super("memref");
            addOperations(
                    OpDef.builder("memref.load").operand("memref", ANY_MEMREF).variadicOperand("indices", TypeConstraint.INDEX)
                            .optionalProperty("nontemporal", AttrConstraint.BOOL, jmlir.ir.IntegerAttr.FALSE)
                            .result("result", TypeConstraint.ANY)
                            .typesMatchWith("result type matches element type of 'memref'", "memref", "result",
                                    t -> ((MemRefType) t).elementType())
                            .format("$memref `[` $indices `]` attr-dict `:` type($memref)").build(),
                    OpDef.builder("memref.alloc").variadicOperand("dynamicSizes", TypeConstraint.INDEX)
                            .variadicOperand("symbolOperands", TypeConstraint.INDEX)
                            .optionalProperty("alignment", AttrConstraint.I64, null)
                            .result("memref", ANY_MEMREF)
                            .traits(Trait.ATTR_SIZED_OPERAND_SEGMENTS)
                            .resultNames(firstResultNamed(op -> "alloc"))
                            .format("`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)")
                            .build(),
                    OpDef.builder("memref.global").property("sym_name", AttrConstraint.SYMBOL_NAME)
                            .optionalProperty("sym_visibility", AttrConstraint.STRING, null)
                            .property("type", AttrConstraint.TYPE)
                            .optionalProperty("initial_value", AttrConstraint.ANY, null)
                            .optionalProperty("constant", AttrConstraint.UNIT, null)
                            .optionalProperty("alignment", AttrConstraint.I64, null)
                            .traits(Trait.SYMBOL)
                            .directive("GlobalMemrefOpTypeAndInitialValue", GLOBAL_TYPE_AND_INITIAL_VALUE)
                            .format("($sym_visibility^)? (`constant` $constant^)? $sym_name `:` "
                                    + "custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict")
                            .build(),
                    OpDef.builder("memref.store").operand("value", TypeConstraint.ANY).operand("memref", ANY_MEMREF)
                            .variadicOperand("indices", TypeConstraint.INDEX)
                            .optionalProperty("nontemporal", AttrConstraint.BOOL, jmlir.ir.IntegerAttr.FALSE)
                            .typesMatchWith("type of 'value' matches element type of 'memref'", "memref", "value",
                                    t -> ((MemRefType) t).elementType())
                            .format("$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)").build());
        }
    }

    // ================================================================ vector

    static final EnumAttr.Kind COMBINING_KIND = new EnumAttr.Kind("vector", "kind", "Vector_CombiningKindAttr",
            "Kind of combining function for contractions and reductions",
            EnumDef.of("::mlir::vector::CombiningKind", "add", 0, "mul", 1, "minui", 2, "minsi", 3, "minnumf", 4,
                    "maxui", 5, "maxsi", 6, "maxnumf", 7, "and", 8, "or", 9, "xor", 10, "maximumf", 12,
                    "minimumf", 11));
    static final EnumAttr.Kind PUNCTUATION = new EnumAttr.Kind("vector", "punctuation",
            "Vector_PrintPunctuationAttr", "Punctuation for separating vectors or vector elements",
            EnumDef.of("::mlir::vector::PrintPunctuation", "no_punctuation", 0, "newline", 1, "comma", 2,
                    "open", 3, "close", 4));

    /** {@code [1, %i, 2]}: static positions, with the dynamic ones taken by operands. */
    static final CustomDirective DYNAMIC_INDEX_LIST = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            List<UnresolvedOperand> values = new ArrayList<>();
            List<Long> integers = new ArrayList<>();
            parser.expect(TokenKind.LSQUARE);
            if (!parser.consumeIf(TokenKind.RSQUARE)) {
                do {
                    if (parser.atOperand()) {
                        values.add(parser.parseOperand());
                        integers.add(ShapedType.DYNAMIC);
                    } else {
                        BigInteger v = parser.parseOptionalInteger();
                        if (v == null) throw parser.errorAtToken("expected SSA value or integer");
                        integers.add(v.longValue());
                    }
                } while (parser.consumeIf(TokenKind.COMMA));
                parser.expect(TokenKind.RSQUARE);
            }
            args.setOperands(0, values);
            long[] raw = integers.stream().mapToLong(Long::longValue).toArray();
            args.setAttribute(1, parser.context().intern(new DenseArrayAttr(IntegerType.I64, raw)));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            List<Value> values = args.operands(0);
            long[] integers = ((DenseArrayAttr) args.attribute(1)).values();
            printer.print("[");
            int next = 0;
            for (int i = 0; i < integers.length; i++) {
                if (i > 0) printer.print(", ");
                if (integers[i] == ShapedType.DYNAMIC) printer.printOperand(values.get(next++));
                else printer.print(Long.toString(integers[i]));
            }
            printer.print("]");
        }
    };

    static final class Vector extends Dialect {
        Vector() {
            super("vector");
            addEnumAttributes(COMBINING_KIND, PUNCTUATION);
            Map<String, CustomDirective> directives = Map.of("DynamicIndexList", DYNAMIC_INDEX_LIST);
            addOperations(
                    OpDef.builder("vector.broadcast").operand("source", TypeConstraint.ANY)
                            .result("vector", ANY_VECTOR)
                            .format("$source attr-dict `:` type($source) `to` type($vector)").build(),
                    OpDef.builder("vector.reduction").property("kind", COMBINING_KIND.constraint())
                            .operand("vector", ANY_VECTOR).optionalOperand("acc", TypeConstraint.ANY)
                            .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                            .result("dest", TypeConstraint.ANY)
                            .typesMatchWith("dest and acc have the same type", "dest", "acc", t -> t)
                            .format("$kind `,` $vector (`,` $acc^)? (`fastmath` `` $fastmath^)? attr-dict `:` "
                                    + "type($vector) `into` type($dest)").build(),
                    OpDef.builder("vector.shuffle").operand("v1", ANY_VECTOR).operand("v2", ANY_VECTOR)
                            .property("mask", AttrConstraint.DENSE_I64_ARRAY)
                            .result("vector", ANY_VECTOR)
                            .inferResultTypes((operands, props, attrs) -> {
                                VectorType v1 = (VectorType) operands.get(0).type();
                                long n = ((DenseArrayAttr) props.get("mask")).values().length;
                                return List.of(new VectorType(new long[]{n}, v1.elementType()));
                            })
                            .format("operands $mask attr-dict `:` type(operands)").build(),
                    OpDef.builder("vector.fma").operand("lhs", ANY_VECTOR).operand("rhs", ANY_VECTOR)
                            .operand("acc", ANY_VECTOR).result("result", ANY_VECTOR)
                            .allTypesMatch("lhs", "rhs", "acc", "result")
                            .format("$lhs `,` $rhs `,` $acc attr-dict `:` type($lhs)").build(),
                    OpDef.builder("vector.extract").operand("source", ANY_VECTOR)
                            .variadicOperand("dynamic_position", TypeConstraint.INDEX)
                            .property("static_position", AttrConstraint.DENSE_I64_ARRAY)
                            .result("result", TypeConstraint.ANY)
                            .directives(directives)
                            .format("$source `` custom<DynamicIndexList>($dynamic_position, $static_position) "
                                    + "attr-dict `:` type($result) `from` type($source)").build(),
                    OpDef.builder("vector.insert").operand("valueToStore", TypeConstraint.ANY)
                            .operand("dest", ANY_VECTOR)
                            .variadicOperand("dynamic_position", TypeConstraint.INDEX)
                            .property("static_position", AttrConstraint.DENSE_I64_ARRAY)
                            .result("result", ANY_VECTOR)
                            .allTypesMatch("dest", "result")
                            .directives(directives)
                            .format("$valueToStore `,` $dest custom<DynamicIndexList>($dynamic_position, "
                                    + "$static_position) attr-dict `:` type($valueToStore) `into` type($dest)").build(),
                    OpDef.builder("vector.load").operand("base", ANY_MEMREF)
                            .variadicOperand("indices", TypeConstraint.INDEX).result("result", ANY_VECTOR)
                            .format("$base `[` $indices `]` attr-dict `:` type($base) `,` type($result)").build(),
                    OpDef.builder("vector.store").operand("valueToStore", ANY_VECTOR).operand("base", ANY_MEMREF)
                            .variadicOperand("indices", TypeConstraint.INDEX)
                            .format("$valueToStore `,` $base `[` $indices `]` attr-dict `:` type($base) `,` "
                                    + "type($valueToStore)").build(),
                    OpDef.builder("vector.create_mask").variadicOperand("operands", TypeConstraint.INDEX)
                            .result("result", ANY_VECTOR)
                            .format("$operands attr-dict `:` type(results)").build(),
                    OpDef.builder("vector.constant_mask").property("mask_dim_sizes", AttrConstraint.DENSE_I64_ARRAY)
                            .result("result", ANY_VECTOR)
                            .format("$mask_dim_sizes attr-dict `:` type(results)").build(),
                    OpDef.builder("vector.bitcast").operand("source", ANY_VECTOR).result("result", ANY_VECTOR)
                            .format("$source attr-dict `:` type($source) `to` type($result)").build(),
                    OpDef.builder("vector.shape_cast").operand("source", ANY_VECTOR).result("result", ANY_VECTOR)
                            .format("$source attr-dict `:` type($source) `to` type($result)").build(),
                    OpDef.builder("vector.from_elements").variadicOperand("elements", TypeConstraint.ANY)
                            .result("dest", ANY_VECTOR)
                            .typesMatchWith("operand types match result element type", "dest", "elements",
                                    TestDialects::elementTypeOrSelf)
                            .format("$elements attr-dict `:` type($dest)").build(),
                    OpDef.builder("vector.print").optionalOperand("source", TypeConstraint.ANY)
                            .defaultedProperty("punctuation", PUNCTUATION.constraint(), PUNCTUATION.get(1))
                            .optionalProperty("stringLiteral", AttrConstraint.STRING, null)
                            .format("($source^ `:` type($source))? oilist(`str` $stringLiteral | `punctuation` "
                                    + "$punctuation) attr-dict").build());
        }
    }

    // ================================================================ control flow, functions, regions

    static final class Cf extends Dialect {
        Cf() {
            super("cf");
            addOperations(
                    OpDef.builder("cf.br").variadicOperand("destOperands", TypeConstraint.ANY).successor("dest")
                            .traits(Trait.TERMINATOR)
                            .format("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict").build(),
                    OpDef.builder("cf.cond_br").operand("condition", TypeConstraint.I1)
                            .variadicOperand("trueDestOperands", TypeConstraint.ANY)
                            .variadicOperand("falseDestOperands", TypeConstraint.ANY)
                            .successor("trueDest").successor("falseDest")
                            .optionalProperty("branch_weights", AttrConstraint.DENSE_I32_ARRAY, null)
                            .traits(Trait.TERMINATOR, Trait.ATTR_SIZED_OPERAND_SEGMENTS)
                            .format("$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) "
                                    + "`)`)? `,` $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) "
                                    + "`)`)? attr-dict").build(),
                    OpDef.builder("cf.assert").operand("arg", TypeConstraint.I1).property("msg", AttrConstraint.STRING)
                            .format("$arg `,` $msg attr-dict").build());
        }
    }

    static final class Func extends Dialect {
        Func() {
            super("func");
            addOperations(
                    OpDef.builder("func.return").variadicOperand("operands", TypeConstraint.ANY)
                            .traits(Trait.TERMINATOR)
                            .format("attr-dict ($operands^ `:` type($operands))?").build(),
                    OpDef.builder("func.call").property("callee", AttrConstraint.SYMBOL_REF)
                            .variadicOperand("operands", TypeConstraint.ANY).variadicResult("results", TypeConstraint.ANY)
                            .format("$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)")
                            .build());
        }
    }

    static final class Scf extends Dialect {
        Scf() {
            super("scf");
            addOperations(OpDef.builder("scf.yield").variadicOperand("results", TypeConstraint.ANY)
                    .traits(Trait.TERMINATOR)
                    .format("attr-dict ($results^ `:` type($results))?").build());
        }
    }

    static final EnumDef ATOMIC_ORDERING = EnumDef.of("::mlir::LLVM::AtomicOrdering", "not_atomic", 0,
            "unordered", 1, "monotonic", 2, "acquire", 4, "release", 5, "acq_rel", 6, "seq_cst", 7);

    static final class Llvm extends Dialect {
        Llvm() {
            super("llvm");
            addOperations(OpDef.builder("llvm.load").operand("addr", TypeConstraint.ANY)
                    .optionalProperty("alignment", AttrConstraint.I64, null)
                    .optionalProperty("volatile_", AttrConstraint.UNIT, null)
                    .optionalProperty("nontemporal", AttrConstraint.UNIT, null)
                    .optionalProperty("invariant", AttrConstraint.UNIT, null)
                    .optionalProperty("invariantGroup", AttrConstraint.UNIT, null)
                    .defaultedProperty("ordering", ATOMIC_ORDERING.integerAttr(IntegerType.I64),
                            jmlir.ir.IntegerAttr.of(IntegerType.I64, 0))
                    .optionalProperty("syncscope", AttrConstraint.STRING, null)
                    .result("res", TypeConstraint.ANY)
                    .format("(`volatile` $volatile_^)? $addr (`atomic` (`syncscope` `(` $syncscope^ `)`)? $ordering^)? "
                            + "(`invariant` $invariant^)? (`invariant_group` $invariantGroup^)? attr-dict `:` "
                            + "qualified(type($addr)) `->` type($res)").build());
        }
    }

    static final class XeVM extends Dialect {
        XeVM() {
            super("xevm");
            addOperations(OpDef.builder("xevm.blockload").operand("ptr", TypeConstraint.ANY)
                    .optionalProperty("cache_control", AttrConstraint.ANY, null)
                    .result("res", TypeConstraint.ANY)
                    .format("operands prop-dict attr-dict `:` functional-type(operands, results)").build());
        }
    }

    /** The value type of {@code !emitc.lvalue<T>} for the few T the tests use. */
    static Type lvalueValueType(Type lvalue) {
        String body = ((jmlir.ir.OpaqueType) lvalue).body();
        String inner = body.substring("lvalue<".length(), body.length() - 1);
        return switch (inner) {
            case "f32" -> FloatType.F32;
            case "index" -> IndexType.INSTANCE;
            default -> IntegerType.signless(Integer.parseInt(inner.substring(1)));
        };
    }

    static final EnumAttr.Kind GPU_DIMENSION = new EnumAttr.Kind("gpu", "dim", "GPU_DimensionAttr",
            "a dimension, either 'x', 'y', or 'z'", EnumDef.of("::mlir::gpu::Dimension", "x", 0, "y", 1, "z", 2), false);

    static final class Gpu extends Dialect {
        Gpu() {
            super("gpu");
            addEnumAttributes(GPU_DIMENSION);
            for (String name : List.of("thread_id", "block_dim")) {
                addOperations(OpDef.builder("gpu." + name).property("dimension", GPU_DIMENSION.constraint())
                        .optionalProperty("upper_bound", AttrConstraint.INDEX, null)
                        .result("result", TypeConstraint.INDEX)
                        .resultNames(firstResultNamed(op -> name + "_" + GPU_DIMENSION.cases().stringify(
                                ((EnumAttr) ((jmlir.ir.DictionaryAttr) op.properties()).get("dimension")).value())))
                        .format("$dimension (`upper_bound` $upper_bound^)? attr-dict").build());
            }
        }
    }

    static final EnumAttr.Kind INDEX_CMP_PREDICATE = new EnumAttr.Kind("index", "cmp_predicate",
            "IndexCmpPredicateAttr", "index comparison predicate kind", EnumDef.of("::mlir::index::IndexCmpPredicate",
            "eq", 0, "ne", 1, "slt", 2, "sle", 3, "sgt", 4, "sge", 5, "ult", 6, "ule", 7, "ugt", 8, "uge", 9), false);

    static final class IndexDialect extends Dialect {
        IndexDialect() {
            super("index");
            addEnumAttributes(INDEX_CMP_PREDICATE);
            addOperations(OpDef.builder("index.cmp").property("pred", INDEX_CMP_PREDICATE.constraint())
                    .operand("lhs", TypeConstraint.INDEX).operand("rhs", TypeConstraint.INDEX)
                    .result("result", TypeConstraint.I1)
                    .format("`` $pred `(` $lhs `,` $rhs `)` attr-dict").build());
        }
    }

    static final class EmitC extends Dialect {
        EmitC() {
            super("emitc");
            addOperations(OpDef.builder("emitc.load")
                    .operand("operand", TypeConstraint.dialectType("emitc.lvalue type", "emitc", "lvalue"))
                    .result("result", TypeConstraint.ANY)
                    .typesMatchWith("result type matches value type of 'operand'", "operand", "result",
                            TestDialects::lvalueValueType)
                    .format("$operand attr-dict `:` type($operand)").build());
        }
    }

    static final class Pdl extends Dialect {
        Pdl() {
            super("pdl");
            addOperations(OpDef.builder("pdl.pattern")
                    .property("benefit", AttrConstraint.integer("16-bit signless integer attribute whose value is "
                            + "non-negative", IntegerType.I16))
                    .optionalProperty("sym_name", AttrConstraint.SYMBOL_NAME, null)
                    .region("bodyRegion")
                    .traits(Trait.SYMBOL, Trait.ISOLATED_FROM_ABOVE, Trait.SINGLE_BLOCK)
                    .format("($sym_name^)? `:` `benefit` `(` $benefit `)` attr-dict-with-keyword $bodyRegion").build());
        }
    }

    static final class Tensor extends Dialect {
        Tensor() {
            super("tensor");
            addOperations(
                    OpDef.builder("tensor.empty").variadicOperand("dynamicSizes", TypeConstraint.INDEX)
                            .result("result", ANY_RANKED_TENSOR)
                            .format("`(`$dynamicSizes`)` attr-dict `:` type($result)").build(),
                    OpDef.builder("tensor.yield").operand("value", TypeConstraint.ANY).traits(Trait.TERMINATOR)
                            .format("$value attr-dict `:` type($value)").build(),
                    OpDef.builder("tensor.extract").operand("tensor", ANY_RANKED_TENSOR)
                            .variadicOperand("indices", TypeConstraint.INDEX).result("result", TypeConstraint.ANY)
                            .typesMatchWith("result type matches element type of tensor", "tensor", "result",
                                    TestDialects::elementTypeOrSelf)
                            .resultNames(firstResultNamed(op -> "extracted"))
                            .format("$tensor `[` $indices `]` attr-dict `:` type($tensor)").build(),
                    OpDef.builder("tensor.insert").operand("scalar", TypeConstraint.ANY)
                            .operand("dest", ANY_RANKED_TENSOR).variadicOperand("indices", TypeConstraint.INDEX)
                            .result("result", ANY_RANKED_TENSOR)
                            .allTypesMatch("dest", "result")
                            .typesMatchWith("scalar type matches element type of dest", "dest", "scalar",
                                    TestDialects::elementTypeOrSelf)
                            .resultNames(firstResultNamed(op -> "inserted"))
                            .format("$scalar `into` $dest `[` $indices `]` attr-dict `:` type($dest)").build(),
                    OpDef.builder("tensor.generate").variadicOperand("dynamicExtents", TypeConstraint.INDEX)
                            .result("result", ANY_RANKED_TENSOR).region("body")
                            .implicitTerminator("tensor.yield")
                            .resultNames(firstResultNamed(op -> "generated"))
                            .format("$dynamicExtents $body attr-dict `:` type($result)").build(),
                    OpDef.builder("tensor.pad").operand("source", ANY_RANKED_TENSOR)
                            .variadicOperand("low", TypeConstraint.INDEX).variadicOperand("high", TypeConstraint.INDEX)
                            .property("static_low", AttrConstraint.DENSE_I64_ARRAY)
                            .property("static_high", AttrConstraint.DENSE_I64_ARRAY)
                            .optionalProperty("nofold", AttrConstraint.UNIT, null)
                            .result("result", ANY_RANKED_TENSOR).region("region")
                            .traits(Trait.ATTR_SIZED_OPERAND_SEGMENTS)
                            .implicitTerminator("tensor.yield")
                            .resultNames(firstResultNamed(op -> "padded"))
                            .directive("DynamicIndexList", DYNAMIC_INDEX_LIST)
                            .format("$source (`nofold` $nofold^)? `low` `` custom<DynamicIndexList>($low, $static_low) "
                                    + "`high` `` custom<DynamicIndexList>($high, $static_high) $region attr-dict `:` "
                                    + "type($source) `to` type($result)").build());
        }
    }
}
