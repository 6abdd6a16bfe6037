package jmlir.cli.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random, valid func/arith modules for comparing jmlir's passes with mlir-opt's. A module has a
 * few functions; each takes arguments and mixes them with constants (scalars and dense vectors
 * and tensors), so that part of it folds and part does not; it repeats earlier operations for CSE
 * to find and calls the functions before it. The same seed gives the same text on every JDK
 * ({@link Random} is specified bit for bit).
 *
 * <p>{@code main}: {@code SEED} prints one module; {@code DIR FIRST COUNT} writes
 * {@code DIR/seed-NNNN.mlir} for seeds FIRST .. FIRST+COUNT-1.
 */
public final class ArithProgramGenerator {
    private static final List<String> OVERFLOW_OPS = List.of("addi", "subi", "muli", "shli");
    private static final List<String> EXACT_OPS = List.of("divui", "divsi", "shrui", "shrsi");
    private static final List<String> PLAIN_INT_OPS = List.of("ceildivui", "ceildivsi", "floordivsi", "remui",
            "remsi", "andi", "ori", "xori", "maxsi", "maxui", "minsi", "minui");
    private static final List<String> FLOAT_OPS = List.of("addf", "subf", "mulf", "divf", "remf", "maximumf",
            "minimumf", "maxnumf", "minnumf");
    private static final List<String> COMMUTATIVE = List.of("addi", "muli", "andi", "ori", "xori", "maxsi",
            "maxui", "minsi", "minui", "addf", "mulf", "maximumf", "minimumf", "maxnumf", "minnumf");
    private static final List<String> CMPI_PREDICATES = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult",
            "ule", "ugt", "uge");
    private static final List<String> CMPF_PREDICATES = List.of("false", "oeq", "ogt", "oge", "olt", "ole", "one",
            "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true");
    private static final List<String> OVERFLOW_FLAGS = List.of(" overflow<nsw>", " overflow<nuw>",
            " overflow<nsw, nuw>", " overflow<none>");
    private static final List<String> FASTMATH_FLAGS = List.of(" fastmath<nnan>", " fastmath<ninf>",
            " fastmath<nsz>", " fastmath<nnan,ninf>", " fastmath<fast>", " fastmath<reassoc,contract>",
            " fastmath<none>", " fastmath<arcp,afn>");
    private static final List<String> ROUNDING_MODES = List.of(" to_nearest_even", " downward", " upward",
            " toward_zero", " to_nearest_away");
    /** Containers and shapes of generated vectors and tensors. */
    private static final List<GenType> SHAPES = List.of(
            new GenType(GenType.I32, "vector", List.of(4), false),
            new GenType(GenType.I32, "vector", List.of(2), false),
            new GenType(GenType.I32, "vector", List.of(2, 3), false),
            new GenType(GenType.I32, "tensor", List.of(3), false),
            new GenType(GenType.I32, "tensor", List.of(2, 2), false),
            new GenType(GenType.I32, "vector", List.of(), false),
            new GenType(GenType.I32, "vector", List.of(4), true),
            new GenType(GenType.I32, "tensor", List.of(0), false));

    /** A value in scope; {@code varies} when it depends on an argument or a call, so it cannot fold away. */
    private record Value(String name, GenType type, boolean varies) {
    }

    private record Signature(String name, List<GenType> params, List<GenType> results) {
    }

    /** An operation already written: the text right of {@code =}, and with operands swapped if commutative. */
    private record Emitted(String rhs, String swapped, List<GenType> resultTypes, boolean varies) {
    }

    private final Random random;
    private final Literals literals;
    private final List<Signature> functions = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    // The function being written.
    private final Map<String, List<Value>> pool = new LinkedHashMap<>();
    private final Map<String, List<Value>> constants = new LinkedHashMap<>();
    private final Map<String, List<Value>> varying = new LinkedHashMap<>();
    /** Results of sitofp and uitofp. */
    private final Set<String> intToFloat = new HashSet<>();
    private final List<Value> computed = new ArrayList<>();
    private final List<Emitted> emitted = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private int nextId;
    /** Whether an operand of the operation being written varies. */
    private boolean operandsVary;

    private ArithProgramGenerator(long seed) {
        random = new Random(seed);
        literals = new Literals(random);
    }

    /** The module for a seed. */
    public static String generate(long seed) {
        ArithProgramGenerator g = new ArithProgramGenerator(seed);
        g.out.append("// Random func/arith module, seed ").append(seed).append(".\n");
        int count = 2 + g.random.nextInt(3);
        for (int i = 0; i < count; i++) g.function("f" + i);
        return g.out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            System.out.print(generate(Long.parseLong(args[0])));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: ArithProgramGenerator SEED | ArithProgramGenerator DIR FIRST COUNT");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        for (long seed = first; seed < first + count; seed++) {
            Files.writeString(dir.resolve(fileName(seed)), generate(seed), StandardCharsets.UTF_8);
        }
    }

    /** The input file name of a seed's case: {@code seed-0042.mlir}. */
    public static String fileName(long seed) {
        return String.format("seed-%04d.mlir", seed);
    }

    private void function(String name) {
        pool.clear();
        constants.clear();
        varying.clear();
        intToFloat.clear();
        computed.clear();
        emitted.clear();
        body.setLength(0);
        nextId = 0;

        List<GenType> params = new ArrayList<>();
        StringBuilder header = new StringBuilder("func.func @").append(name).append('(');
        int paramCount = 1 + random.nextInt(4);
        for (int i = 0; i < paramCount; i++) {
            GenType t = randomType(random.nextBoolean());
            params.add(t);
            String arg = "%arg" + i;
            addToPool(new Value(arg, t, true));
            if (i > 0) header.append(", ");
            header.append(arg).append(": ").append(t.text());
        }
        header.append(')');

        int ops = 6 + random.nextInt(18);
        for (int i = 0; i < ops; i++) operation();

        List<Value> returned = returnedValues();
        List<GenType> results = returned.stream().map(Value::type).toList();
        if (!results.isEmpty()) header.append(" -> ").append(resultTypes(results));
        out.append(header).append(" {\n").append(body);
        out.append("  return");
        if (!returned.isEmpty()) {
            out.append(' ').append(String.join(", ", returned.stream().map(Value::name).toList()));
            out.append(" : ").append(String.join(", ", results.stream().map(GenType::text).toList()));
        }
        out.append("\n}\n");
        functions.add(new Signature(name, params, results));
    }

    private void operation() {
        int roll = random.nextInt(100);
        if (roll < 22) intBinary();
        else if (roll < 36) floatBinary();
        else if (roll < 38) negf();
        else if (roll < 44) cmpi();
        else if (roll < 50) cmpf();
        else if (roll < 55) select();
        else if (roll < 67) cast();
        else if (roll < 71) extended();
        else if (roll < 82) idiom();
        else if (roll < 87 && !functions.isEmpty()) call();
        else if (!emitted.isEmpty()) repeat();
        else intBinary();
    }

    private void intBinary() {
        GenType t = pickType(false);
        int which = random.nextInt(OVERFLOW_OPS.size() + EXACT_OPS.size() + PLAIN_INT_OPS.size());
        String op;
        String flags = "";
        if (which < OVERFLOW_OPS.size()) {
            op = OVERFLOW_OPS.get(which);
            if (random.nextInt(5) < 2) flags = pick(OVERFLOW_FLAGS);
        } else if (which < OVERFLOW_OPS.size() + EXACT_OPS.size()) {
            op = EXACT_OPS.get(which - OVERFLOW_OPS.size());
            if (random.nextInt(4) == 0) flags = " exact";
        } else {
            op = PLAIN_INT_OPS.get(which - OVERFLOW_OPS.size() - EXACT_OPS.size());
        }
        binary(op, t, flags);
    }

    private void floatBinary() {
        GenType t = pickType(true);
        binary(pick(FLOAT_OPS), t, fastmath());
    }

    private void binary(String op, GenType t, String flags) {
        Value lhs = operand(t);
        Value rhs = secondOperand(t, lhs);
        String rhsText = "arith." + op + " " + lhs.name() + ", " + rhs.name() + flags + " : " + t.text();
        String swapped = COMMUTATIVE.contains(op)
                ? "arith." + op + " " + rhs.name() + ", " + lhs.name() + flags + " : " + t.text()
                : null;
        define(rhsText, swapped, List.of(t));
    }

    private void negf() {
        GenType t = pickType(true);
        define("arith.negf " + operand(t).name() + fastmath() + " : " + t.text(), null, List.of(t));
    }

    private void cmpi() {
        GenType t = pickType(false);
        Value lhs = operand(t);
        Value rhs = secondOperand(t, lhs);
        define("arith.cmpi " + pick(CMPI_PREDICATES) + ", " + lhs.name() + ", " + rhs.name() + " : " + t.text(),
                null, List.of(t.withElement(GenType.I1)));
    }

    private void cmpf() {
        GenType t = pickType(true);
        Value lhs = operand(t);
        Value rhs = secondOperand(t, lhs);
        String predicate = pick(CMPF_PREDICATES);
        // mlir-opt 22 crashes canonicalizing cmpf false/true of an integer-to-float cast.
        while (intToFloat.contains(lhs.name()) && (predicate.equals("false") || predicate.equals("true"))) {
            predicate = pick(CMPF_PREDICATES);
        }
        define("arith.cmpf " + predicate + ", " + lhs.name() + ", " + rhs.name() + fastmath() + " : "
                + t.text(), null, List.of(t.withElement(GenType.I1)));
    }

    private void select() {
        GenType t = pickType(random.nextBoolean());
        GenType conditionType = t.isShaped() && random.nextInt(5) < 3 ? t.withElement(GenType.I1)
                : GenType.scalar(GenType.I1);
        Value condition = operand(conditionType);
        Value a = operand(t);
        Value b = secondOperand(t, a);
        String types = conditionType.isShaped() ? conditionType.text() + ", " + t.text() : t.text();
        define("arith.select " + condition.name() + ", " + a.name() + ", " + b.name() + " : " + types, null,
                List.of(t));
    }

    private void extended() {
        GenType t = pickType(false);
        // mlir-opt 22's canonicalization of the extended multiplications on index builds an
        // invalid arith.extsi to index and fails verification, so index stays out.
        if (t.element().isIndex()) t = t.withElement(GenType.I64);
        Value lhs = operand(t);
        Value rhs = secondOperand(t, lhs);
        String operands = " " + lhs.name() + ", " + rhs.name() + " : ";
        if (random.nextInt(3) == 0) {
            GenType overflow = t.withElement(GenType.I1);
            define("arith.addui_extended" + operands + t.text() + ", " + overflow.text(), null, List.of(t, overflow));
        } else {
            String op = random.nextBoolean() ? "arith.mulsi_extended" : "arith.mului_extended";
            define(op + operands + t.text(), null, List.of(t, t));
        }
    }

    /** A cast that is valid for the source's element type, to a target of the same shape. */
    private void cast() {
        GenType source = pickType(random.nextBoolean());
        GenType.Scalar s = source.element();
        List<GenType.Scalar> elements = source.isShaped() ? GenType.SHAPED_ELEMENTS : allScalars();
        List<String> ops = new ArrayList<>();
        Map<String, List<GenType.Scalar>> targets = new LinkedHashMap<>();
        for (GenType.Scalar e : elements) {
            if (s.isIndex()) {
                if (e.isFixedWidthInteger()) add(targets, e, "index_cast", "index_castui");
                continue;
            }
            if (s.isInteger()) {
                if (e.isFixedWidthInteger() && e.width() > s.width()) add(targets, e, "extsi", "extui");
                if (e.isFixedWidthInteger() && e.width() < s.width()) add(targets, e, "trunci");
                if (e.isFloat()) add(targets, e, "sitofp", "uitofp");
                if (e.isIndex()) add(targets, e, "index_cast", "index_castui");
            } else {
                if (e.isFloat() && e.width() > s.width()) add(targets, e, "extf");
                if (e.isFloat() && e.width() < s.width()) add(targets, e, "truncf");
                if (e.isFixedWidthInteger()) add(targets, e, "fptosi", "fptoui");
            }
            if (!e.isIndex() && e.width() == s.width() && !e.equals(s)) add(targets, e, "bitcast");
        }
        ops.addAll(targets.keySet());
        if (ops.isEmpty()) {
            intBinary();
            return;
        }
        String op = pick(ops);
        GenType target = source.withElement(pick(targets.get(op)));
        Value in = operand(source);
        String flags = switch (op) {
            case "trunci" -> random.nextInt(4) == 0 ? pick(OVERFLOW_FLAGS) : "";
            case "extf" -> fastmath();
            case "truncf" -> (random.nextInt(3) == 0 ? pick(ROUNDING_MODES) : "") + fastmath();
            default -> "";
        };
        define("arith." + op + " " + in.name() + flags + " : " + source.text() + " to " + target.text(), null,
                List.of(target));
    }

    private static void add(Map<String, List<GenType.Scalar>> targets, GenType.Scalar e, String... ops) {
        for (String op : ops) targets.computeIfAbsent(op, k -> new ArrayList<>()).add(e);
    }

    private void call() {
        Signature callee = pick(functions);
        List<String> args = new ArrayList<>();
        for (GenType p : callee.params()) args.add(operand(p).name());
        String params = String.join(", ", callee.params().stream().map(GenType::text).toList());
        operandsVary = true;
        String results = callee.results().size() == 1 ? callee.results().getFirst().text()
                : resultTypes(callee.results());
        define("func.call @" + callee.name() + "(" + String.join(", ", args) + ") : (" + params + ") -> " + results,
                null, callee.results());
    }

    /** The same operation again (sometimes with commutative operands swapped): work for CSE. */
    private void repeat() {
        Emitted e = pick(emitted);
        String rhs = e.swapped() != null && random.nextInt(3) == 0 ? e.swapped() : e.rhs();
        operandsVary = e.varies();
        define(rhs, null, e.resultTypes());
    }

    /**
     * A short sequence in a shape the canonicalization patterns look for: a cast and its inverse,
     * constants to reassociate, a double negation, a select on a comparison of its operands, a
     * comparison of an extended value, an operand that is the operation's identity.
     */
    private void idiom() {
        switch (random.nextInt(6)) {
            case 0 -> castRoundTrip();
            case 1 -> reassociation();
            case 2 -> doubleNegation();
            case 3 -> selectOfComparison();
            case 4 -> comparisonOfExtension();
            default -> identityOperand();
        }
    }

    private void castRoundTrip() {
        GenType t = pickType(false);
        if (!t.element().isFixedWidthInteger()) t = t.withElement(GenType.I32);
        Value x = latestOperand(t);
        GenType.Scalar e = t.element();
        switch (random.nextInt(4)) {
            case 0 -> {
                if (e.width() >= 64) return;
                GenType wide = t.withElement(e.width() < 16 ? GenType.I16 : GenType.I64);
                String ext = random.nextBoolean() ? "extsi" : "extui";
                Value w = define1("arith." + ext + " " + x.name() + " : " + t.text() + " to " + wide.text(), wide);
                define1("arith.trunci " + w.name() + " : " + wide.text() + " to " + t.text(), t);
            }
            case 1 -> {
                GenType index = t.withElement(GenType.INDEX);
                String cast = random.nextBoolean() ? "index_cast" : "index_castui";
                Value i = define1("arith." + cast + " " + x.name() + " : " + t.text() + " to " + index.text(), index);
                define1("arith." + cast + " " + i.name() + " : " + index.text() + " to " + t.text(), t);
            }
            case 2 -> {
                GenType.Scalar f = switch (e.width()) {
                    case 16 -> GenType.F16;
                    case 32 -> GenType.F32;
                    case 64 -> GenType.F64;
                    default -> null;
                };
                if (f == null) return;
                Value b = define1("arith.bitcast " + x.name() + " : " + t.text() + " to " + t.withElement(f).text(),
                        t.withElement(f));
                define1("arith.bitcast " + b.name() + " : " + b.type().text() + " to " + t.text(), t);
            }
            default -> {
                GenType f = t.withElement(random.nextBoolean() ? GenType.F32 : GenType.F64);
                String to = random.nextBoolean() ? "sitofp" : "uitofp";
                Value v = define1("arith." + to + " " + x.name() + " : " + t.text() + " to " + f.text(), f);
                String back = random.nextBoolean() ? "fptosi" : "fptoui";
                define1("arith." + back + " " + v.name() + " : " + f.text() + " to " + t.text(), t);
            }
        }
    }

    /** (x op c1) op c2, and (x + c1) - c2. */
    private void reassociation() {
        GenType t = pickType(false);
        List<String> ops = List.of("addi", "muli", "andi", "ori", "xori", "subi", "maxsi", "minui");
        String first = pick(ops);
        String second = first.equals("addi") && random.nextBoolean() ? "subi" : first;
        Value x = latestOperand(t);
        Value y = define1("arith." + first + " " + x.name() + ", " + constant(t).name() + " : " + t.text(), t);
        boolean constantFirst = random.nextInt(3) == 0;
        Value c = constant(t);
        define1("arith." + second + " " + (constantFirst ? c.name() + ", " + y.name() : y.name() + ", " + c.name())
                + " : " + t.text(), t);
    }

    private void doubleNegation() {
        if (random.nextBoolean()) {
            GenType t = pickType(true);
            Value y = define1("arith.negf " + latestOperand(t).name() + " : " + t.text(), t);
            define1("arith.negf " + y.name() + fastmath() + " : " + t.text(), t);
        } else {
            GenType t = pickType(false);
            Value minusOne = constantOf(t, t.element().width() == 1 ? "true" : "-1");
            Value y = define1("arith.xori " + latestOperand(t).name() + ", " + minusOne.name() + " : " + t.text(), t);
            define1("arith.xori " + y.name() + ", " + minusOne.name() + " : " + t.text(), t);
        }
    }

    private void selectOfComparison() {
        GenType t = pickType(false);
        Value x = latestOperand(t);
        Value y = secondOperand(t, x);
        GenType bool = t.withElement(GenType.I1);
        String predicate = random.nextBoolean() ? pick(List.of("eq", "ne")) : pick(CMPI_PREDICATES);
        Value c = define1("arith.cmpi " + predicate + ", " + x.name() + ", " + y.name() + " : " + t.text(), bool);
        String types = t.isShaped() ? bool.text() + ", " + t.text() : t.text();
        if (random.nextInt(3) == 0 && !t.isShaped()) {
            // select(c, true, false) and select(c, false, true) on i1.
            Value tr = constantOf(bool, "true");
            Value fa = constantOf(bool, "false");
            boolean swap = random.nextBoolean();
            define1("arith.select " + c.name() + ", " + (swap ? fa : tr).name() + ", " + (swap ? tr : fa).name()
                    + " : i1", bool);
            return;
        }
        boolean swap = random.nextBoolean();
        define1("arith.select " + c.name() + ", " + (swap ? y : x).name() + ", " + (swap ? x : y).name() + " : "
                + types, t);
    }

    private void comparisonOfExtension() {
        GenType t = pickType(false);
        if (!t.element().isFixedWidthInteger() || t.element().width() >= 64) t = t.withElement(GenType.I8);
        GenType wide = t.withElement(GenType.I64);
        String ext = random.nextBoolean() ? "extsi" : "extui";
        Value w = define1("arith." + ext + " " + latestOperand(t).name() + " : " + t.text() + " to " + wide.text(),
                wide);
        Value c = random.nextBoolean() ? constant(wide) : define1("arith." + ext + " " + operand(t).name() + " : "
                + t.text() + " to " + wide.text(), wide);
        define1("arith.cmpi " + pick(CMPI_PREDICATES) + ", " + w.name() + ", " + c.name() + " : " + wide.text(),
                wide.withElement(GenType.I1));
    }

    /** x + 0, x * 1, x / 1, x << 0, x & -1, x - x, x + -0.0, x * 1.0 and the like. */
    private void identityOperand() {
        if (random.nextBoolean()) {
            GenType t = pickType(false);
            String[][] cases = {{"addi", "0"}, {"subi", "0"}, {"muli", "1"}, {"muli", "0"}, {"divsi", "1"},
                    {"divui", "1"}, {"remsi", "1"}, {"remui", "1"}, {"shli", "0"}, {"shrsi", "0"}, {"andi", "-1"},
                    {"andi", "0"}, {"ori", "0"}, {"ori", "-1"}, {"xori", "0"}, {"ceildivsi", "1"},
                    {"floordivsi", "1"}, {"maxui", "0"}, {"minsi", "0"}};
            String[] c = pick(List.of(cases));
            String literal = t.element().width() == 1 ? (c[1].equals("0") ? "false" : "true") : c[1];
            Value x = latestOperand(t);
            define1("arith." + c[0] + " " + x.name() + ", " + constantOf(t, literal).name() + " : " + t.text(), t);
        } else {
            GenType t = pickType(true);
            String[][] cases = {{"addf", "-0.0"}, {"addf", "0.0"}, {"subf", "0.0"}, {"subf", "-0.0"},
                    {"mulf", "1.0"}, {"mulf", "-1.0"}, {"divf", "1.0"}, {"maximumf", "0xFF800000"},
                    {"minnumf", "0x7F800000"}};
            String[] c = pick(List.of(cases));
            if (c[1].startsWith("0x") && t.element().width() != 32) c = cases[4];
            Value x = latestOperand(t);
            define1("arith." + c[0] + " " + x.name() + ", " + constantOf(t, c[1]).name() + fastmath() + " : "
                    + t.text(), t);
        }
    }

    private Value define1(String rhs, GenType type) {
        return define(rhs, null, List.of(type)).getFirst();
    }

    /** The value of the type defined last that varies, so that idioms chain; else any operand. */
    private Value latestOperand(GenType t) {
        List<Value> values = varying.get(t.text());
        if (values == null || random.nextInt(4) == 0) return operand(t);
        Value v = values.getLast();
        operandsVary = true;
        return v;
    }

    /** A new constant of the type. */
    private Value constant(GenType t) {
        return constantOf(t, literals.constantValue(t));
    }

    /** A new constant with the scalar literal (a splat for vectors and tensors). */
    private Value constantOf(GenType t, String literal) {
        String name = "%v" + nextId++;
        String attr = t.isShaped() && !literal.startsWith("dense<") ? "dense<" + literal + ">" : literal;
        boolean typeImplied = t.element().equals(GenType.I1) && !t.isShaped();
        body.append("  ").append(name).append(" = arith.constant ").append(attr);
        if (!typeImplied) body.append(" : ").append(t.text());
        body.append('\n');
        Value v = new Value(name, t, false);
        addToPool(v);
        constants.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(v);
        return v;
    }

    /** Writes {@code %vN = rhs} (or {@code %vN:2 = rhs}) and makes its results available. */
    private List<Value> define(String rhs, String swapped, List<GenType> resultTypes) {
        String name = "%v" + nextId++;
        // Now and then a discardable attribute: CSE merges only operations with equal ones.
        if (random.nextInt(20) == 0 && !rhs.contains(" {tag = ")) {
            int colon = rhs.indexOf(" : ");
            rhs = rhs.substring(0, colon) + " {tag = " + random.nextInt(2) + " : i64}" + rhs.substring(colon);
        }
        body.append("  ");
        if (resultTypes.size() == 1) body.append(name).append(" = ");
        else if (resultTypes.size() > 1) body.append(name).append(':').append(resultTypes.size()).append(" = ");
        body.append(rhs).append('\n');
        if (rhs.startsWith("arith.sitofp") || rhs.startsWith("arith.uitofp")) intToFloat.add(name);
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < resultTypes.size(); i++) {
            Value v = new Value(resultTypes.size() == 1 ? name : name + "#" + i, resultTypes.get(i), operandsVary);
            addToPool(v);
            computed.add(v);
            results.add(v);
        }
        emitted.add(new Emitted(rhs, swapped, resultTypes, operandsVary));
        operandsVary = false;
        return results;
    }

    /** Like {@link #operand}, but mostly not the first operand again. */
    private Value secondOperand(GenType t, Value first) {
        Value v = operand(t);
        return v.equals(first) && random.nextInt(4) > 0 ? operand(t) : v;
    }

    /**
     * An existing value of the type (often one that varies, so that not everything folds), or a
     * constant: new, or one defined before.
     */
    private Value operand(GenType t) {
        Value v = existingOperand(t);
        operandsVary |= v.varies();
        return v;
    }

    private Value existingOperand(GenType t) {
        List<Value> varies = varying.get(t.text());
        if (varies != null && random.nextInt(100) < 40) return pick(varies);
        List<Value> values = pool.get(t.text());
        if (values != null && random.nextInt(100) < 40) return pick(values);
        List<Value> known = constants.get(t.text());
        if (known != null && random.nextInt(3) == 0) return pick(known);
        return constant(t);
    }

    private void addToPool(Value v) {
        pool.computeIfAbsent(v.type().text(), k -> new ArrayList<>()).add(v);
        if (v.varies()) varying.computeIfAbsent(v.type().text(), k -> new ArrayList<>()).add(v);
    }

    /** Mostly a type values already have; otherwise a new one (whose operands are then constants). */
    private GenType pickType(boolean isFloat) {
        GenType t = knownType(varying, isFloat);
        if (t == null || random.nextInt(3) == 0) t = knownType(pool, isFloat);
        return t != null && random.nextInt(6) > 0 ? t : randomType(isFloat);
    }

    private GenType knownType(Map<String, List<Value>> values, boolean isFloat) {
        List<GenType> known = new ArrayList<>();
        for (List<Value> vs : values.values()) {
            GenType t = vs.getFirst().type();
            if (t.element().isFloat() == isFloat) known.add(t);
        }
        return known.isEmpty() ? null : pick(known);
    }

    private GenType randomType(boolean isFloat) {
        if (random.nextInt(4) > 0) {
            return GenType.scalar(isFloat ? weighted(GenType.FLOATS, GenType.FLOAT_WEIGHTS)
                    : weighted(GenType.INTEGERS, GenType.INTEGER_WEIGHTS));
        }
        List<GenType.Scalar> elements = GenType.SHAPED_ELEMENTS.stream().filter(e -> e.isFloat() == isFloat).toList();
        return pick(SHAPES).withElement(pick(elements));
    }

    private static List<GenType.Scalar> allScalars() {
        List<GenType.Scalar> all = new ArrayList<>(GenType.INTEGERS);
        all.addAll(GenType.FLOATS);
        return all;
    }

    /** Zero to four results, most often values computed late in the function that do not fold. */
    private List<Value> returnedValues() {
        int count = switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1, 2, 3, 4 -> 1;
            case 5, 6, 7, 8 -> 2;
            case 9, 10 -> 3;
            default -> 4;
        };
        List<Value> all = pool.values().stream().flatMap(List::stream).toList();
        List<Value> values = new ArrayList<>();
        List<Value> late = computed.subList(computed.size() / 2, computed.size());
        List<Value> lateVarying = late.stream().filter(Value::varies).toList();
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(10);
            if (!lateVarying.isEmpty() && roll < 6) values.add(pick(lateVarying));
            else if (!late.isEmpty() && roll < 8) values.add(pick(late));
            else values.add(pick(all));
        }
        return values;
    }

    private static String resultTypes(List<GenType> types) {
        if (types.size() == 1) return types.getFirst().text();
        return "(" + String.join(", ", types.stream().map(GenType::text).toList()) + ")";
    }

    private String fastmath() {
        return random.nextInt(5) < 2 ? pick(FASTMATH_FLAGS) : "";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T weighted(List<T> items, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int r = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            r -= weights[i];
            if (r < 0) return items.get(i);
        }
        throw new AssertionError();
    }
}
