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

    /** Creates the operation: an instance of its definition's op class when it has one. */
    public Operation create() {
        DictionaryAttr attrs = attributes.isEmpty() ? DictionaryAttr.EMPTY : DictionaryAttr.sorted(attributes);
        Operation op = Operation.create(name, location, operands, resultTypes, successors, regions.size(),
                properties, attrs);
        for (int i = 0; i < regions.size(); i++) {
            for (Block b : regions.get(i)) op.region(i).addBlock(b);
        }
        return op;
    }
}
