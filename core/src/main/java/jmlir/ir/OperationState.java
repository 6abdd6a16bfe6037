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
    public final List<Value> operands = new ArrayList<>();
    public final List<Type> resultTypes = new ArrayList<>();
    public final List<Block> successors = new ArrayList<>();
    /** The blocks of each region, in order; a region without blocks is an empty list. */
    public final List<List<Block>> regions = new ArrayList<>();
    /** The op's properties ({@code <{...}>}); for most ops a dictionary of its inherent attributes. */
    public Attribute properties;
    public final List<NamedAttribute> attributes = new ArrayList<>();

    public OperationState(OperationName name, Location location) {
        this.name = name;
        this.location = location;
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
