/**
 * Declarative assembly formats: an op's custom syntax written as in ODS
 * ({@code let assemblyFormat = ...}) and compiled, once, into a list of elements that both
 * parse and print it the way mlir-opt's generated code does.
 *
 * <h2>Defining an op</h2>
 * <pre>{@code
 * static final EnumAttr.Kind OVERFLOW = new EnumAttr.Kind("arith", "overflow",
 *         "Arith_IntegerOverflowAttr", "Integer overflow arith flags",
 *         EnumDef.bits("::mlir::arith::IntegerOverflowFlags", ", ", "none", 0, "nsw", 1, "nuw", 2));
 *
 * OpDef.builder("arith.addi")
 *         .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
 *         .result("result", SIGNLESS_INTEGER_LIKE)
 *         .defaultedProperty("overflowFlags", OVERFLOW.constraint(), OVERFLOW.get(0))
 *         .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
 *         .format("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")
 *         .build();
 * }</pre>
 * The format is checked against the definition when {@code build()} runs (every operand,
 * region and successor shown, every type written or inferable, no ambiguous neighbours);
 * problems are thrown as {@link jmlir.syntax.format.FormatException} with mlir-tblgen's message.
 * The dialect registers its enum attribute kinds ({@code addEnumAttributes(OVERFLOW)}) so that
 * the generic form reads {@code #arith.overflow<nsw>} too.
 *
 * <h2>What formats may contain</h2>
 * <ul>
 * <li>Literals {@code `kw`}, punctuation, {@code ` `}, {@code ``} and {@code `\n`}, spaced by
 * the rules of generated printers (no space before a comma or a closing bracket, none after an
 * opening one).</li>
 * <li>{@code $operand} (single, optional, variadic), {@code $attr} (properties and
 * discardable attributes), {@code $region}, {@code $successor}; {@code operands},
 * {@code regions}, {@code successors}; {@code type(...)} of operands, results,
 * {@code operands} and {@code results}; {@code functional-type(...)};
 * {@code attr-dict}, {@code attr-dict-with-keyword}, {@code prop-dict}.</li>
 * <li>Optional groups {@code (... $anchor^ ...)?} with an else branch {@code (...):(...)?}
 * (an anchor in the else branch inverts the group); unit attributes as anchors are implied by
 * the group rather than written; {@code oilist(`a` ... | `b` ...)}.</li>
 * <li>{@code custom<Name>(...)} with operands, attributes, types, regions, successors,
 * {@code attr-dict}, strings and {@code ref(...)} as arguments, run by a
 * {@link jmlir.syntax.format.CustomDirective} given to the builder under that name.</li>
 * <li>{@code qualified(...)}: dialect attributes and types in their full form.</li>
 * </ul>
 *
 * <h2>How values are written</h2>
 * Attribute constraints say it ({@link jmlir.ir.AttrConstraint}): a fixed
 * {@code valueType()} leaves the type out ({@code I64}: {@code 42}); a {@code syntax()} writes
 * enums stored as integers as keywords ({@code slt}, {@link jmlir.ir.EnumDef#integerAttr}),
 * symbol names as {@code @name}, dense arrays as {@code [1, 2]} and enum attributes without
 * their prefix ({@code <fast>}). Types not written come from the traits
 * {@code SAME_OPERANDS_AND_RESULT_TYPE} and {@code SAME_TYPE_OPERANDS}, the relations
 * {@code allTypesMatch} and {@code typesMatchWith}, the type a constraint is built from
 * ({@link jmlir.ir.TypeConstraint#buildableType()}: index, i1) or a result type inference.
 * Errors while parsing are mlir-opt's, including its {@code custom op 'name'} prefix.
 *
 * <h2>Types and attributes</h2>
 * {@link jmlir.syntax.format.DefFormat} compiles the formats of {@link jmlir.ir.TypeDef}s and
 * {@link jmlir.ir.AttrDef}s ({@code `<` $width (`,` $signedness^)? `>`}, {@code struct(params)})
 * with the same lexer, literal rules and spacing rules, and mlir-tblgen's attribute and type
 * semantics: {@code params}, {@code struct}, optional and defaulted parameters, and
 * {@code custom<Name>} directives given as {@link jmlir.syntax.format.ParamDirective}s.
 */
package jmlir.syntax.format;
