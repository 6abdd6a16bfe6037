package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to create an operation, gathered before it exists: by the parser (custom
 * syntax fills it piece by piece), by builders, by rewrites. {@link #create()} makes the op,
 * moving the regions' blocks into it.
 */
public final class OperationState {
    public final OperationName name;
    public Location location;
    public final List<Value> operands;
    public final List<Type> resultTypes;
    public final List<Block> successors;
    /** The blocks of each region, in order; a region without blocks is an empty list. */
    public final List<List<Block>> regions;
    /** The op's properties ({@code <{...}>}); for most ops a dictionary of its inherent attributes. */
    public Attribute properties;
    public final List<NamedAttribute> attributes;

    public OperationState(OperationName name, Location location) {
        this.name = name;
        this.location = location;
        this.operands = new ArrayList<>();
        this.resultTypes = new ArrayList<>();
        this.successors = new ArrayList<>();
        this.regions = new ArrayList<>();
        this.attributes = new ArrayList<>();
    }

    private OperationState(OperationName name, Location location, OperationState spent) {
        this.name = name;
        this.location = location;
        this.operands = emptied(spent.operands);
        this.resultTypes = emptied(spent.resultTypes);
        this.successors = emptied(spent.successors);
        this.regions = emptied(spent.regions);
        this.attributes = emptied(spent.attributes);
    }

    private static <T> List<T> emptied(List<T> list) {
        list.clear();
        return list;
    }

    /**
     * A state for another op that takes over this state's lists, emptied: for a parser that
     * reads op after op (a state is not used after {@link #create()}, which copies the lists).
     */
    public OperationState reuseFor(OperationName name, Location location) {
        return new OperationState(name, location, this);
    }

    /** Adds a region and returns its (initially empty) list of blocks. */
    public List<Block> addRegion() {
        List<Block> blocks = new ArrayList<>(1);
        regions.add(blocks);
        return blocks;
    }

    /**
     * Creates the operation: an instance of its definition's op class when it has one. As in
     * MLIR, attributes named like one of a registered op's properties become properties, in
     * place of any {@link #properties} gives under the same name.
     */
    public Operation create() {
        List<NamedAttribute> discardable = attributes;
        Attribute props = properties;
        OpDef def = name.definition();
        if (def != null && !attributes.isEmpty()) {
            List<NamedAttribute> inherent = new ArrayList<>();
            discardable = new ArrayList<>(attributes.size());
            for (NamedAttribute a : attributes) {
                OpDef.AttrSpec spec = def.property(a.name());
                if (spec == null) discardable.add(a);
                // A value the property cannot hold is dropped, as MLIR's conversion drops it.
                else if (spec.constraint().isKind(a.value())) inherent.add(a);
            }
            if (!inherent.isEmpty()) {
                if (props instanceof DictionaryAttr given) {
                    for (NamedAttribute a : given.entries()) {
                        boolean replaced = false;
                        for (NamedAttribute e : inherent) replaced |= e.name().equals(a.name());
                        if (!replaced) inherent.add(a);
                    }
                }
                props = DictionaryAttr.sorted(inherent);
            }
        }
        DictionaryAttr attrs = discardable.isEmpty() ? DictionaryAttr.EMPTY : DictionaryAttr.sorted(discardable);
        Operation op = Operation.create(name, location, operands, resultTypes, successors, regions.size(),
                props, attrs);
        for (int i = 0; i < regions.size(); i++) {
            for (Block b : regions.get(i)) op.region(i).addBlock(b);
        }
        return op;
    }
}
