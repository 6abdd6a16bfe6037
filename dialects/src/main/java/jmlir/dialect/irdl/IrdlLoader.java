package jmlir.dialect.irdl;

import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.UnitAttr;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code irdl.dialect} ops of a module into dialect definitions and registers them in a context. */
public final class IrdlLoader {
    private IrdlLoader() {
    }

    /** An IRDL value list entry: a name, its variadicity ({@code single}, ...) and its constraint variable. */
    record Slot(String name, String variadicity, int var) {
    }

    /** A region: its constraint on entry block arguments (null when unconstrained) and block count (-1 when free). */
    record RegionDef(String name, int[] args, int blocks) {
    }

    /** A type or attribute: its parameters' constraint variables. */
    record ParamDef(String name, List<Constraints.Constraint> constraints, int[] params) {
    }

    record OpDefinition(String name, List<Constraints.Constraint> constraints, List<Slot> operands,
                        List<Slot> results, List<Slot> attributes, List<RegionDef> regions) {
    }

    record DialectDef(String name, Map<String, ParamDef> types, Map<String, ParamDef> attributes,
                      Map<String, OpDefinition> operations) {
    }

    /** Registers every dialect {@code module} defines in {@code context}. */
    public static void register(Operation module, Context context) {
        for (DialectDef d : load(module)) context.register(d.name(), () -> new DynamicDialect(d));
    }

    static List<DialectDef> load(Operation module) {
        List<Operation> dialects = new ArrayList<>();
        if (module.numRegions() > 0) {
            for (Block b : module.region(0).blocks()) for (Operation op : b) {
                if (op.name().name().equals("irdl.dialect")) dialects.add(op);
            }
        }
        // Which symbols are types (as opposed to attributes), for base references.
        Set<String> typeNames = new HashSet<>();
        for (Operation d : dialects) {
            for (Operation def : body(d)) {
                if (def.name().name().equals("irdl.type")) typeNames.add(symbol(d) + "." + symbol(def));
            }
        }
        List<DialectDef> out = new ArrayList<>();
        for (Operation d : dialects) {
            String dialect = symbol(d);
            Map<String, ParamDef> types = new LinkedHashMap<>();
            Map<String, ParamDef> attrs = new LinkedHashMap<>();
            Map<String, OpDefinition> ops = new LinkedHashMap<>();
            for (Operation def : body(d)) {
                String kind = def.name().name();
                String name = symbol(def);
                Map<Value, Integer> vars = new HashMap<>();
                List<Constraints.Constraint> cs = new ArrayList<>();
                List<Slot> operands = List.of();
                List<Slot> results = List.of();
                List<Slot> attributes = List.of();
                List<RegionDef> regions = null;
                int[] params = new int[0];
                Map<Value, RegionDef> regionValues = new HashMap<>();
                for (Operation op : body(def)) {
                    switch (op.name().name()) {
                        case "irdl.any" -> add(op, new Constraints.Any(), vars, cs);
                        case "irdl.is" -> add(op, new Constraints.Is(prop(op, "expected")), vars, cs);
                        case "irdl.c_pred" -> add(op, new Constraints.Any(), vars, cs);
                        case "irdl.any_of" -> add(op, new Constraints.AnyOf(indices(op, vars)), vars, cs);
                        case "irdl.all_of" -> add(op, new Constraints.AllOf(indices(op, vars)), vars, cs);
                        case "irdl.base" -> {
                            Constraints.Constraint c;
                            if (prop(op, "base_ref") instanceof SymbolRefAttr ref) {
                                String full = refName(ref, dialect);
                                c = new Constraints.Base(full, typeNames.contains(full));
                            } else {
                                String n = ((StringAttr) prop(op, "base_name")).value();
                                c = new Constraints.Base(n.substring(1), n.startsWith("!"));
                            }
                            add(op, c, vars, cs);
                        }
                        case "irdl.parametric" -> {
                            String full = refName((SymbolRefAttr) prop(op, "base_type"), dialect);
                            add(op, new Constraints.Parametric(full, typeNames.contains(full), indices(op, vars)), vars, cs);
                        }
                        case "irdl.region" -> {
                            int[] args = prop(op, "constrainedArguments") instanceof UnitAttr ? indices(op, vars) : null;
                            int blocks = prop(op, "numberOfBlocks") instanceof IntegerAttr i ? (int) i.value() : -1;
                            regionValues.put(op.result(0), new RegionDef("", args, blocks));
                        }
                        case "irdl.parameters" -> params = indices(op, vars);
                        case "irdl.operands" -> operands = slots(op, "names", vars);
                        case "irdl.results" -> results = slots(op, "names", vars);
                        case "irdl.attributes" -> attributes = slots(op, "attributeValueNames", vars);
                        case "irdl.regions" -> {
                            regions = new ArrayList<>();
                            List<String> names = strings(prop(op, "names"));
                            for (int i = 0; i < op.numOperands(); i++) {
                                RegionDef r = regionValues.get(op.operand(i));
                                regions.add(new RegionDef(i < names.size() ? names.get(i) : "", r.args(), r.blocks()));
                            }
                        }
                        default -> {
                        }
                    }
                }
                switch (kind) {
                    case "irdl.type" -> types.put(name, new ParamDef(name, cs, params));
                    case "irdl.attribute" -> attrs.put(name, new ParamDef(name, cs, params));
                    case "irdl.operation" -> ops.put(dialect + "." + name,
                            new OpDefinition(dialect + "." + name, cs, operands, results, attributes, regions));
                    default -> {
                    }
                }
            }
            out.add(new DialectDef(dialect, types, attrs, ops));
        }
        return out;
    }

    private static List<Operation> body(Operation op) {
        List<Operation> out = new ArrayList<>();
        if (op.numRegions() == 0) return out;
        for (Block b : op.region(0).blocks()) for (Operation o : b) out.add(o);
        return out;
    }

    private static void add(Operation op, Constraints.Constraint c, Map<Value, Integer> vars,
                            List<Constraints.Constraint> cs) {
        vars.put(op.result(0), cs.size());
        cs.add(c);
    }

    private static int[] indices(Operation op, Map<Value, Integer> vars) {
        int[] out = new int[op.numOperands()];
        for (int i = 0; i < out.length; i++) {
            Integer v = vars.get(op.operand(i));
            out[i] = v == null ? -1 : v;
        }
        return out;
    }

    private static List<Slot> slots(Operation op, String namesProp, Map<Value, Integer> vars) {
        List<String> names = strings(prop(op, namesProp));
        List<String> variadicity = IrdlDialect.variadicities(prop(op, "variadicity"));
        int[] idx = indices(op, vars);
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            out.add(new Slot(i < names.size() ? names.get(i) : "", i < variadicity.size() ? variadicity.get(i) : "single",
                    idx[i]));
        }
        return out;
    }

    static Attribute prop(Operation op, String name) {
        if (op.properties() instanceof DictionaryAttr d && d.get(name) != null) return d.get(name);
        return op.attribute(name);
    }

    private static List<String> strings(Attribute a) {
        List<String> out = new ArrayList<>();
        if (a instanceof ArrayAttr arr) for (Attribute e : arr.elements()) if (e instanceof StringAttr s) out.add(s.value());
        return out;
    }

    private static String symbol(Operation op) {
        return ((StringAttr) prop(op, "sym_name")).value();
    }

    private static String refName(SymbolRefAttr ref, String dialect) {
        if (ref.nested().isEmpty()) return dialect + "." + ref.root();
        return ref.root() + "." + ref.leaf();
    }
}
