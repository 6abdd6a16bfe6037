package jmlir.dialect.arith;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.Dialect;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.EnumAttr;
import jmlir.ir.EnumDef;
import jmlir.ir.FloatAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.ShapedType;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.TypedAttributes;
import jmlir.rewrite.Builder;
import jmlir.syntax.AttrSyntax;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.format.CustomDirective;

import static jmlir.dialect.arith.ArithTypes.BITCASTABLE;
import static jmlir.dialect.arith.ArithTypes.BOOL_LIKE;
import static jmlir.dialect.arith.ArithTypes.FLOAT_LIKE;
import static jmlir.dialect.arith.ArithTypes.INDEX_CASTABLE;
import static jmlir.dialect.arith.ArithTypes.SIGNLESS_FIXED_WIDTH_INTEGER_LIKE;
import static jmlir.dialect.arith.ArithTypes.SIGNLESS_INTEGER_LIKE;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;




/**
 * The arith dialect: integer and floating-point arithmetic, comparisons, selection, constants
 * and casts on scalars and, elementwise, on vectors and tensors; as mlir-opt 22 defines it.
 */
public final class Arith extends Dialect {
    public static final String NAMESPACE = "arith";

    /** {@code #arith.overflow<nsw, nuw>}. */
    public static final EnumAttr.Kind OVERFLOW = new EnumAttr.Kind("arith", "overflow", "Arith_IntegerOverflowAttr",
            "Integer overflow arith flags",
            EnumDef.bits("::mlir::arith::IntegerOverflowFlags", ", ", "none", 0, "nsw", 1, "nuw", 2));
    /** {@code #arith.fastmath<nnan,ninf>}. */
    public static final EnumAttr.Kind FASTMATH = new EnumAttr.Kind("arith", "fastmath", "Arith_FastMathAttr",
            "Floating point fast math flags",
            EnumDef.bits("::mlir::arith::FastMathFlags", ",", "none", 0, "reassoc", 1, "nnan", 2, "ninf", 4,
                    "nsz", 8, "arcp", 16, "contract", 32, "afn", 64, "fast", 127));
    public static final EnumDef CMPI_PREDICATE = EnumDef.of("::mlir::arith::CmpIPredicate", "eq", 0, "ne", 1,
            "slt", 2, "sle", 3, "sgt", 4, "sge", 5, "ult", 6, "ule", 7, "ugt", 8, "uge", 9);
    public static final EnumDef CMPF_PREDICATE = EnumDef.of("::mlir::arith::CmpFPredicate", "false", 0, "oeq", 1,
            "ogt", 2, "oge", 3, "olt", 4, "ole", 5, "one", 6, "ord", 7, "ueq", 8, "ugt", 9, "uge", 10, "ult", 11,
            "ule", 12, "une", 13, "uno", 14, "true", 15);
    public static final EnumDef ROUNDING_MODE = EnumDef.of("::mlir::arith::RoundingMode", "to_nearest_even", 0,
            "downward", 1, "upward", 2, "toward_zero", 3, "to_nearest_away", 4);

    /** The rounding mode stored as an i32, described by its summary as ODS does. */
    static final AttrConstraint ROUNDING_MODE_ATTR = described(ROUNDING_MODE.integerAttr(IntegerType.I32),
            "Floating point rounding mode");

    private static AttrConstraint described(AttrConstraint c, String description) {
        return new AttrConstraint() {
            @Override
            public boolean accepts(Attribute attr) {
                return c.accepts(attr);
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Type valueType() {
                return c.valueType();
            }

            @Override
            public AttrSyntax syntax() {
                return c.syntax();
            }

            @Override
            public boolean isKind(Attribute attr) {
                return c.isKind(attr);
            }
        };
    }

    private static final String INT_BINARY = "$lhs `,` $rhs attr-dict `:` type($result)";
    private static final String OVERFLOW_BINARY =
            "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)";
    private static final String EXACT_BINARY = "$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)";
    private static final String FLOAT_BINARY = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)";
    private static final String CAST = "$in attr-dict `:` type($in) `to` type($out)";

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

    /** arith.constant's result names: {@code %c42_i32}, {@code %c0} (index), {@code %true}, {@code %cst}. */
    static final OpDef.ResultNamer CONSTANT_NAMES = (op, setName) -> {
        Attribute value = op instanceof ConstantOp c ? c.value() : null;
        Type type = op.result(0).type();
        if (value instanceof IntegerAttr i) {
            if (type instanceof IntegerType it && it.width() == 1) {
                setName.accept(op.result(0), i.value() != 0 ? "true" : "false");
                return;
            }
            // Written into one builder: this runs for every constant printed.
            StringBuilder name = i.appendDecimal(new StringBuilder(24).append('c'));
            if (type instanceof IntegerType it) name.append('_').append(it.prefix()).append(it.width());
            setName.accept(op.result(0), name.toString());
        } else {
            setName.accept(op.result(0), "cst");
        }
    };

    public Arith() {
        super(NAMESPACE);
        addEnumAttributes(OVERFLOW, FASTMATH);

        overflowBinary("addi", AddIOp::new, true);
        overflowBinary("subi", SubIOp::new, false);
        overflowBinary("muli", MulIOp::new, true);
        overflowBinary("shli", ShLIOp::new, false);
        exactBinary("divui", DivUIOp::new);
        exactBinary("divsi", DivSIOp::new);
        exactBinary("shrui", ShRUIOp::new);
        exactBinary("shrsi", ShRSIOp::new);
        intBinary("ceildivui", CeilDivUIOp::new, false);
        intBinary("ceildivsi", CeilDivSIOp::new, false);
        intBinary("floordivsi", FloorDivSIOp::new, false);
        intBinary("remui", RemUIOp::new, false);
        intBinary("remsi", RemSIOp::new, false);
        intBinary("andi", AndIOp::new, true, Trait.IDEMPOTENT);
        intBinary("ori", OrIOp::new, true, Trait.IDEMPOTENT);
        intBinary("xori", XOrIOp::new, true);
        intBinary("maxsi", MaxSIOp::new, true);
        intBinary("maxui", MaxUIOp::new, true);
        intBinary("minsi", MinSIOp::new, true);
        intBinary("minui", MinUIOp::new, true);

        floatBinary("addf", AddFOp::new, true);
        floatBinary("subf", SubFOp::new, false);
        floatBinary("mulf", MulFOp::new, true);
        floatBinary("divf", DivFOp::new, false);
        floatBinary("remf", RemFOp::new, false);
        floatBinary("maximumf", MaximumFOp::new, true);
        floatBinary("minimumf", MinimumFOp::new, true);
        floatBinary("maxnumf", MaxNumFOp::new, true);
        floatBinary("minnumf", MinNumFOp::new, true);
        define("negf", b -> b
                .operand("operand", FLOAT_LIKE).result("result", FLOAT_LIKE)
                .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE, Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")
                .factory(NegFOp::new));

        define("addui_extended", b -> b
                .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                .result("sum", SIGNLESS_INTEGER_LIKE).result("overflow", BOOL_LIKE)
                .allTypesMatch("lhs", "rhs", "sum")
                .traits(Trait.PURE, Trait.COMMUTATIVE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .resultNames((op, setName) -> {
                    setName.accept(op.result(0), "sum");
                    setName.accept(op.result(1), "overflow");
                })
                .format("$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)")
                .factory(AddUIExtendedOp::new));
        mulExtended("mulsi_extended", MulSIExtendedOp::new);
        mulExtended("mului_extended", MulUIExtendedOp::new);

        define("cmpi", b -> b
                .property("predicate", CMPI_PREDICATE.integerAttr(IntegerType.I64))
                .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                .result("result", BOOL_LIKE)
                .traits(Trait.SAME_TYPE_OPERANDS, Trait.PURE, Trait.ELEMENTWISE)
                .typesMatchWith("result type has i1 element type and same shape as operands", "lhs", "result",
                        ArithTypes::i1SameShape)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)")
                .factory(CmpIOp::new));
        define("cmpf", b -> b
                .property("predicate", CMPF_PREDICATE.integerAttr(IntegerType.I64))
                .operand("lhs", FLOAT_LIKE).operand("rhs", FLOAT_LIKE)
                .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                .result("result", BOOL_LIKE)
                .traits(Trait.SAME_TYPE_OPERANDS, Trait.PURE, Trait.ELEMENTWISE)
                .typesMatchWith("result type has i1 element type and same shape as operands", "lhs", "result",
                        ArithTypes::i1SameShape)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)")
                .factory(CmpFOp::new));
        define("select", b -> b
                .operand("condition", BOOL_LIKE).operand("true_value", TypeConstraint.ANY)
                .operand("false_value", TypeConstraint.ANY).result("result", TypeConstraint.ANY)
                .allTypesMatch("true_value", "false_value", "result")
                .traits(Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.SELECT)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .directive("SelectTypes", SELECT_TYPES)
                .format("$condition `,` $true_value `,` $false_value attr-dict `:` "
                        + "custom<SelectTypes>(type($condition), type($result))")
                .factory(SelectOp::new));
        define("constant", b -> b
                .property("value", AttrConstraint.TYPED)
                .result("result", TypeConstraint.ANY)
                .allTypesMatch("value", "result")
                .traits(Trait.PURE, Trait.CONSTANT_LIKE)
                .folder((op, constants) -> ((ConstantOp) op).value())
                .verifier(ArithVerifiers.CONSTANT)
                .resultNames(CONSTANT_NAMES)
                .format("attr-dict $value")
                .factory(ConstantOp::new));

        cast("extsi", SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE,
                ArithVerifiers.INT_WIDER, ExtSIOp::new);
        cast("extui", SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE,
                ArithVerifiers.INT_WIDER, ExtUIOp::new);
        define("trunci", b -> cast(b, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE,
                ArithVerifiers.INT_NARROWER, TruncIOp::new)
                .defaultedProperty("overflowFlags", OVERFLOW.constraint(), OVERFLOW.get(0))
                .format("$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)"));
        define("extf", b -> cast(b, FLOAT_LIKE, FLOAT_LIKE, ArithVerifiers.FLOAT_WIDER, ExtFOp::new)
                .optionalProperty("fastmath", FASTMATH.constraint(), null)
                .format("$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)"));
        define("truncf", b -> cast(b, FLOAT_LIKE, FLOAT_LIKE, ArithVerifiers.FLOAT_NARROWER, TruncFOp::new)
                .optionalProperty("roundingmode", ROUNDING_MODE_ATTR, null)
                .optionalProperty("fastmath", FASTMATH.constraint(), null)
                .format("$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` "
                        + "type($out)"));
        cast("sitofp", SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, FLOAT_LIKE, ArithVerifiers.INT_TO_FLOAT, SIToFPOp::new);
        cast("uitofp", SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, FLOAT_LIKE, ArithVerifiers.INT_TO_FLOAT, UIToFPOp::new);
        cast("fptosi", FLOAT_LIKE, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, ArithVerifiers.FLOAT_TO_INT, FPToSIOp::new);
        cast("fptoui", FLOAT_LIKE, SIGNLESS_FIXED_WIDTH_INTEGER_LIKE, ArithVerifiers.FLOAT_TO_INT, FPToUIOp::new);
        cast("index_cast", INDEX_CASTABLE, INDEX_CASTABLE, ArithVerifiers.INDEX_CAST, IndexCastOp::new);
        cast("index_castui", INDEX_CASTABLE, INDEX_CASTABLE, ArithVerifiers.INDEX_CAST, IndexCastUIOp::new);
        cast("bitcast", BITCASTABLE, BITCASTABLE, ArithVerifiers.SAME_WIDTH, BitcastOp::new);
        define("scaling_extf", b -> b
                .operand("in", FLOAT_LIKE).operand("scale", FLOAT_LIKE).result("out", FLOAT_LIKE)
                .optionalProperty("fastmath", FASTMATH.constraint(), null)
                .traits(Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.SAME_TENSOR_DIMS)
                .verifier(ArithVerifiers.castCompatible(ArithVerifiers.FLOAT_WIDER))
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$in `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) "
                        + "`to` type($out)")
                .factory(ScalingExtFOp::new));
        define("scaling_truncf", b -> b
                .operand("in", FLOAT_LIKE).operand("scale", FLOAT_LIKE).result("out", FLOAT_LIKE)
                .optionalProperty("roundingmode", ROUNDING_MODE_ATTR, null)
                .optionalProperty("fastmath", FASTMATH.constraint(), null)
                .traits(Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.SAME_TENSOR_DIMS)
                .verifier(ArithVerifiers.castCompatible(ArithVerifiers.FLOAT_NARROWER))
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$in `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` "
                        + "type($in) `,` type($scale) `to` type($out)")
                .factory(ScalingTruncFOp::new));
    }

    /**
     * An arith.constant of {@code value} when it can hold it: an integer, float or elements value
     * of exactly {@code type}, integers signless or index.
     */
    @Override
    public Operation materializeConstant(Builder builder, Attribute value, Type type, Location location) {
        if (!(value instanceof IntegerAttr || value instanceof FloatAttr || value instanceof ElementsAttr)) return null;
        if (!type.equals(TypedAttributes.typeOf(value))) return null;
        if (type instanceof IntegerType it && !it.isSignless()) return null;
        OperationState state = new OperationState(builder.context().operationName("arith.constant"), location);
        state.properties = DictionaryAttr.sorted(List.of(new NamedAttribute("value", value)));
        state.resultTypes.add(type);
        return builder.create(state);
    }

    /**
     * Registers the op {@code arith.mnemonic}, built when first used: {@link #op} starts its
     * definition and {@code spec} completes it.
     */
    private void define(String mnemonic, UnaryOperator<OpDef.Builder> spec) {
        String name = NAMESPACE + "." + mnemonic;
        addOperation(name, () -> spec.apply(op(name)).build());
    }

    /** Starts the definition of an arith op, with its fold hook and canonicalization patterns. */
    private static OpDef.Builder op(String name) {
        return OpDef.builder(name)
                .folder(ArithFolders.forOp(name))
                .canonicalizations(() -> ArithCanonicalizations.forOp(name));
    }

    private void intBinary(String mnemonic, Function<Operation.Init, Operation> factory, boolean commutative,
                           Trait... extraTraits) {
        define(mnemonic, b -> binary(b, SIGNLESS_INTEGER_LIKE, factory, commutative).traits(extraTraits)
                .format(INT_BINARY));
    }

    private void overflowBinary(String mnemonic, Function<Operation.Init, Operation> factory, boolean commutative) {
        define(mnemonic, b -> binary(b, SIGNLESS_INTEGER_LIKE, factory, commutative)
                .defaultedProperty("overflowFlags", OVERFLOW.constraint(), OVERFLOW.get(0))
                .format(OVERFLOW_BINARY));
    }

    private void exactBinary(String mnemonic, Function<Operation.Init, Operation> factory) {
        define(mnemonic, b -> binary(b, SIGNLESS_INTEGER_LIKE, factory, false)
                .optionalProperty("isExact", AttrConstraint.UNIT, null)
                .format(EXACT_BINARY));
    }

    private void floatBinary(String mnemonic, Function<Operation.Init, Operation> factory, boolean commutative) {
        define(mnemonic, b -> binary(b, FLOAT_LIKE, factory, commutative)
                .defaultedProperty("fastmath", FASTMATH.constraint(), FASTMATH.get(0))
                .format(FLOAT_BINARY));
    }

    private static OpDef.Builder binary(OpDef.Builder b, TypeConstraint type,
                                        Function<Operation.Init, Operation> factory, boolean commutative) {
        b.operand("lhs", type).operand("rhs", type).result("result", type)
                .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE, Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .factory(factory);
        if (commutative) b.traits(Trait.COMMUTATIVE);
        return b;
    }

    private void mulExtended(String mnemonic, Function<Operation.Init, Operation> factory) {
        define(mnemonic, b -> b
                .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
                .result("low", SIGNLESS_INTEGER_LIKE).result("high", SIGNLESS_INTEGER_LIKE)
                .allTypesMatch("lhs", "rhs", "low", "high")
                .resultNames((op, setName) -> {
                    setName.accept(op.result(0), "low");
                    setName.accept(op.result(1), "high");
                })
                .traits(Trait.PURE, Trait.COMMUTATIVE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .format("$lhs `,` $rhs attr-dict `:` type($lhs)")
                .factory(factory));
    }

    /** A cast's definition up to its format: constraints, traits and checks in mlir-opt's order. */
    private static OpDef.Builder cast(OpDef.Builder b, TypeConstraint in, TypeConstraint out,
                                      BiPredicate<Type, Type> compatible,
                                      Function<Operation.Init, Operation> factory) {
        return b.operand("in", in).result("out", out)
                .traits(Trait.PURE, Trait.ELEMENTWISE)
                .verifier(ArithVerifiers.SAME_TENSOR_DIMS)
                .verifier(ArithVerifiers.SAME_SHAPE)
                .verifier(ArithVerifiers.ELEMENTWISE)
                .verifier(ArithVerifiers.castCompatible(compatible))
                .factory(factory);
    }

    /** A cast written {@code %in : type to type}. */
    private void cast(String mnemonic, TypeConstraint in, TypeConstraint out, BiPredicate<Type, Type> compatible,
                      Function<Operation.Init, Operation> factory) {
        define(mnemonic, b -> cast(b, in, out, compatible, factory).format(CAST));
    }
}
