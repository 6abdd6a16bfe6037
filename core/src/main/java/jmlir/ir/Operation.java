package jmlir.ir;

import java.util.List;

/**
 * An operation: a name, operands, results, successors, regions, properties ({@code <{...}>},
 * the op's own state) and discardable attributes ({@code {...}}), and a location. Operations sit
 * in an intrusive doubly linked list inside their block.
 *
 * <p>Ops of registered dialects are instances of their definition's op class (a subclass with
 * typed accessors, such as {@code AddIOp.lhs()}), so {@code instanceof} matches them.
 */
public class Operation {
    private static final OpOperand[] NO_OPERANDS = new OpOperand[0];
    private static final OpResult[] NO_RESULTS = new OpResult[0];
    private static final BlockOperand[] NO_SUCCESSORS = new BlockOperand[0];
    private static final Region[] NO_REGIONS = new Region[0];

    private final OperationName name;
    private Location location;
    private OpOperand[] operands;
    private final OpResult[] results;
    private final BlockOperand[] successors;
    private final Region[] regions;
    private Attribute properties;
    private DictionaryAttr attributes;

    Block block;
    Operation prev;
    Operation next;
    /** Position in the parent block for fast ordering queries; valid while the block's order is. */
    int orderIndex;

    /** Called by op classes' constructors; use {@link #create} or {@link OperationState#create}. */
    protected Operation(Init init) {
        this(init.name(), init.location(), init.operands(), init.resultTypes(), init.successors(), init.numRegions(),
                init.properties(), init.attributes());
    }

    /** The arguments of the constructor, passed through an op class's factory. */
    public record Init(OperationName name, Location location, List<Value> operands, List<Type> resultTypes,
                       List<Block> successors, int numRegions, Attribute properties, DictionaryAttr attributes) {
    }

    private Operation(OperationName name, Location location, List<Value> operands, List<Type> resultTypes,
                      List<Block> successors, int numRegions, Attribute properties, DictionaryAttr attributes) {
        this.name = name;
        this.location = location;
        this.properties = properties;
        this.attributes = attributes == null ? DictionaryAttr.EMPTY : attributes;
        int n = operands.size();
        this.operands = n == 0 ? NO_OPERANDS : new OpOperand[n];
        for (int i = 0; i < n; i++) this.operands[i] = new OpOperand(this, i, operands.get(i));
        int r = resultTypes.size();
        this.results = r == 0 ? NO_RESULTS : new OpResult[r];
        for (int i = 0; i < r; i++) this.results[i] = new OpResult(resultTypes.get(i), this, i);
        int s = successors.size();
        this.successors = s == 0 ? NO_SUCCESSORS : new BlockOperand[s];
        for (int i = 0; i < s; i++) this.successors[i] = new BlockOperand(this, i, successors.get(i));
        this.regions = numRegions == 0 ? NO_REGIONS : new Region[numRegions];
        for (int i = 0; i < numRegions; i++) this.regions[i] = new Region(this);
    }

    /**
     * Creates a detached operation with empty regions, of its definition's op class if any.
     * Properties with a default value in the definition are set when missing, as in MLIR.
     */
    public static Operation create(OperationName name, Location location, List<Value> operands,
                                   List<Type> resultTypes, List<Block> successors, int numRegions,
                                   Attribute properties, DictionaryAttr attributes) {
        OpDef def = name.definition();
        if (def != null) properties = def.withDefaultProperties(properties);
        if (def != null && def.factory() != null) {
            return def.factory().apply(new Init(name, location, operands, resultTypes, successors, numRegions,
                    properties, attributes));
        }
        return new Operation(name, location, operands, resultTypes, successors, numRegions, properties, attributes);
    }

    public OperationName name() {
        return name;
    }

    public Location location() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public int numOperands() {
        return operands.length;
    }

    public Value operand(int i) {
        return operands[i].get();
    }

    public OpOperand opOperand(int i) {
        return operands[i];
    }

    public void setOperand(int i, Value v) {
        operands[i].set(v);
    }

    /** Replaces all operands. */
    public void setOperands(List<Value> values) {
        for (OpOperand o : operands) o.drop();
        operands = values.isEmpty() ? NO_OPERANDS : new OpOperand[values.size()];
        for (int i = 0; i < operands.length; i++) operands[i] = new OpOperand(this, i, values.get(i));
    }

    /** Removes operand {@code i}; later operands move down by one. */
    public void eraseOperand(int i) {
        java.util.List<Value> values = new java.util.ArrayList<>(operands.length - 1);
        for (int k = 0; k < operands.length; k++) if (k != i) values.add(operands[k].get());
        setOperands(values);
    }

    public int numResults() {
        return results.length;
    }

    public OpResult result(int i) {
        return results[i];
    }

    public int numSuccessors() {
        return successors.length;
    }

    public Block successor(int i) {
        return successors[i].get();
    }

    public BlockOperand blockOperand(int i) {
        return successors[i];
    }

    public int numRegions() {
        return regions.length;
    }

    public Region region(int i) {
        return regions[i];
    }

    public Attribute properties() {
        return properties;
    }

    public void setProperties(Attribute properties) {
        this.properties = properties;
    }

    public DictionaryAttr attributes() {
        return attributes;
    }

    public void setAttributes(DictionaryAttr attributes) {
        this.attributes = attributes == null ? DictionaryAttr.EMPTY : attributes;
    }

    public Attribute attribute(String attrName) {
        return attributes.get(attrName);
    }

    /** The property (inherent attribute) with this name, when the properties are a dictionary; else null. */
    public Attribute property(String attrName) {
        return properties instanceof DictionaryAttr d ? d.get(attrName) : null;
    }

    /**
     * The properties (when they are a dictionary) and the discardable attributes together, in
     * name order: what an op's {@code attr-dict} shows in the custom form.
     */
    public java.util.List<NamedAttribute> allAttributes() {
        if (!(properties instanceof DictionaryAttr props) || props.isEmpty()) return attributes.entries();
        if (attributes.isEmpty()) return props.entries();
        java.util.List<NamedAttribute> all = new java.util.ArrayList<>(props.entries());
        all.addAll(attributes.entries());
        return DictionaryAttr.sorted(all).entries();
    }

    /** An attribute by name, looked for among the properties first, then the discardable attributes. */
    public Attribute inherentOrDiscardable(String attrName) {
        Attribute a = property(attrName);
        return a != null ? a : attributes.get(attrName);
    }

    /** The block containing this operation, or null when detached. */
    public Block block() {
        return block;
    }

    /** The operation whose region contains this one, or null. */
    public Operation parentOp() {
        return block == null ? null : block.parentOp();
    }

    public Operation nextInBlock() {
        return next;
    }

    public Operation prevInBlock() {
        return prev;
    }

    public boolean isRegistered() {
        return name.isRegistered();
    }

    public boolean hasTrait(Trait trait) {
        return name.hasTrait(trait);
    }

    /** Whether this op comes before {@code other} in the same block. */
    public boolean isBeforeInBlock(Operation other) {
        block.ensureOrder();
        return orderIndex < other.orderIndex;
    }

    public void setSuccessor(int i, Block b) {
        successors[i].set(b);
    }

    /** The op's dialect, or null when its namespace is not a registered dialect. */
    public Dialect dialect() {
        return name.dialect();
    }

    /** Whether no result of this op is used. */
    public boolean useEmpty() {
        for (OpResult r : results) if (r.hasUses()) return false;
        return true;
    }

    /** The region that contains this op, or null when detached. */
    public Region parentRegion() {
        return block == null ? null : block.parent();
    }

    /** Moves this op (from wherever it is) to just before {@code anchor}. */
    public void moveBefore(Operation anchor) {
        remove();
        anchor.block.insertBefore(anchor, this);
    }

    /** Moves this op to just after {@code anchor}. */
    public void moveAfter(Operation anchor) {
        remove();
        anchor.block.insertBefore(anchor.next, this);
    }

    /** Visits this op and every op nested in it, each op after the ops nested in it. */
    public void walkPostOrder(java.util.function.Consumer<Operation> visitor) {
        for (Region r : regions) {
            for (Block b : r.blocks()) {
                for (Operation op = b.first(), next; op != null; op = next) {
                    next = op.next;
                    op.walkPostOrder(visitor);
                }
            }
        }
        visitor.accept(this);
    }

    /**
     * A deep copy, detached: operands, successors and values used inside the regions are
     * replaced through {@code mapping}, which receives the copy's results and blocks.
     */
    public Operation clone(IRMapping mapping) {
        Operation copy = cloneWithoutRegions(mapping);
        for (int i = 0; i < regions.length; i++) regions[i].cloneInto(copy.regions[i], mapping);
        return copy;
    }

    /** A copy with empty regions; operands and successors mapped through {@code mapping}. */
    public Operation cloneWithoutRegions(IRMapping mapping) {
        List<Value> newOperands = new java.util.ArrayList<>(operands.length);
        for (OpOperand o : operands) newOperands.add(mapping.lookupOrDefault(o.get()));
        List<Type> types = new java.util.ArrayList<>(results.length);
        for (OpResult r : results) types.add(r.type());
        List<Block> newSuccessors = new java.util.ArrayList<>(successors.length);
        for (BlockOperand s : successors) newSuccessors.add(mapping.lookupOrDefault(s.get()));
        Operation copy = create(name, location, newOperands, types, newSuccessors, regions.length, properties,
                attributes);
        for (int i = 0; i < results.length; i++) mapping.map(results[i], copy.results[i]);
        return copy;
    }

    /** Unlinks this operation from its block (keeping it alive). */
    public void remove() {
        if (block != null) block.unlink(this);
    }

    /** Removes this operation, drops its operand and successor uses, and erases nested IR. */
    public void erase() {
        remove();
        dropAllReferences();
    }

    /** Drops the uses this op and its nested ops make, so their values can be erased. */
    public void dropAllReferences() {
        for (OpOperand o : operands) o.drop();
        for (BlockOperand s : successors) s.drop();
        for (Region r : regions) r.dropAllReferences();
    }

    @Override
    public String toString() {
        return name.name();
    }
}
