package jmlir.ir;

import jmlir.syntax.AttrSyntax;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A namespace of operations, types and attributes. A context constructs a dialect the first
 * time its namespace is used; the constructor registers the dialect's op definitions, which
 * may be built later, the first time each is asked for.
 */
public abstract class Dialect {
    private final String namespace;
    /** Every op of the dialect in registration order; filled by the constructor only. */
    private final Map<String, Supplier<OpDef>> registered = new LinkedHashMap<>();
    /** The definitions built so far; read without locking, built under the dialect's lock. */
    private final Map<String, OpDef> operations = new ConcurrentHashMap<>();
    private final Map<String, AttrSyntax> attributeSyntaxes = new HashMap<>();
    private final Map<String, TypeDef> typeDefs = new HashMap<>();
    private final Map<String, AttrDef> attrDefs = new HashMap<>();

    protected Dialect(String namespace) {
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    /**
     * Whether the dialect keeps named resources (blobs in {@code dialect_resources} of the file
     * metadata); only such dialects may have a section there.
     */
    public boolean acceptsResources() {
        return false;
    }

    protected final void addOperations(OpDef... defs) {
        for (OpDef d : defs) {
            registered.put(d.name(), () -> d);
            operations.put(d.name(), d);
        }
    }

    /**
     * Registers the op {@code name}, whose definition {@code definition} builds the first time it
     * is asked for. Building a definition runs a good deal of code once; a run that uses a few
     * of a dialect's many ops then builds only those.
     */
    protected final void addOperation(String name, Supplier<OpDef> definition) {
        registered.put(name, definition);
    }

    /**
     * Registers how attributes {@code #namespace.mnemonic<...>} of this dialect are read: the
     * syntax reads what follows the mnemonic. Attributes without a registered syntax are kept
     * verbatim.
     */
    protected final void addAttributeSyntax(String mnemonic, AttrSyntax syntax) {
        attributeSyntaxes.put(mnemonic, syntax);
    }

    /**
     * Whether ops of this namespace that the dialect does not define are accepted (as
     * unregistered ops), as MLIR's test dialect does; by default they are an error.
     */
    public boolean allowsUnknownOperations() {
        return false;
    }

    /** Registers types defined as data; the parser reads {@code !namespace.mnemonic<...>} through them. */
    protected final void addTypes(TypeDef... defs) {
        for (TypeDef d : defs) typeDefs.put(checkNamespace(d).mnemonic(), d);
    }

    /** Registers attributes defined as data; the parser reads {@code #namespace.mnemonic<...>} through them. */
    protected final void addAttributes(AttrDef... defs) {
        for (AttrDef d : defs) attrDefs.put(checkNamespace(d).mnemonic(), d);
    }

    private <D extends AttrOrTypeDef> D checkNamespace(D def) {
        if (!def.dialect().equals(namespace)) {
            throw new IllegalArgumentException(def.name() + " does not belong to dialect '" + namespace + "'");
        }
        return def;
    }

    /** The type definition with this mnemonic, or null. */
    public TypeDef typeDef(String mnemonic) {
        return typeDefs.get(mnemonic);
    }

    /** The attribute definition with this mnemonic, or null. */
    public AttrDef attrDef(String mnemonic) {
        return attrDefs.get(mnemonic);
    }

    /** Whether any type definition is registered ({@link #addTypes}). */
    public boolean hasTypeDefs() {
        return !typeDefs.isEmpty();
    }

    /** Whether any attribute definition is registered ({@link #addAttributes}). */
    public boolean hasAttrDefs() {
        return !attrDefs.isEmpty();
    }

    /**
     * Whether a type (attribute) that no definition names is kept as written although the
     * dialect has type (attribute) definitions. By default it is rejected, as MLIR's generated
     * parsers do ("unknown  type `x` in dialect `d`"); dialects without definitions of a kind
     * always keep those as written.
     */
    public boolean keepsUnknownTypesAndAttributes() {
        return false;
    }

    /** Registers enum attribute kinds of this dialect ({@code #arith.fastmath<...>}). */
    protected final void addEnumAttributes(EnumAttr.Kind... kinds) {
        for (EnumAttr.Kind k : kinds) addAttributeSyntax(k.mnemonic(), k.syntax());
    }

    /** Whether any attribute syntax is registered ({@link #addAttributeSyntax}). */
    public boolean hasAttributeSyntaxes() {
        return !attributeSyntaxes.isEmpty();
    }

    /** The syntax of this dialect's attributes with {@code mnemonic}, or null. */
    public AttrSyntax attributeSyntax(String mnemonic) {
        return attributeSyntaxes.get(mnemonic);
    }

    /**
     * Whether this dialect reads its own types ({@link #parseType}) rather than keeping them
     * verbatim.
     */
    public boolean definesTypes() {
        return false;
    }

    /** Like {@link #definesTypes} for attributes ({@link #parseAttribute}). */
    public boolean definesAttributes() {
        return false;
    }

    /**
     * Reads the type {@code !namespace.mnemonic...}; the parser stands right after the mnemonic
     * (at {@code <} when parameters follow) and {@code mnemonicOffset} locates the mnemonic for
     * errors.
     */
    public Type parseType(jmlir.syntax.OpAsmParser parser, String mnemonic, int mnemonicOffset) {
        throw parser.error(mnemonicOffset, "dialect '" + namespace + "' provides no type parsing hook");
    }

    /** Like {@link #parseType} for attributes {@code #namespace.mnemonic...}. */
    public Attribute parseAttribute(jmlir.syntax.OpAsmParser parser, String mnemonic, int mnemonicOffset) {
        throw parser.error(mnemonicOffset, "dialect '" + namespace + "' provides no attribute parsing hook");
    }

    /** The definition of the op with this full name ({@code arith.addi}), or null. */
    public OpDef operation(String name) {
        OpDef d = operations.get(name);
        return d != null ? d : build(name);
    }

    // Synchronized rather than a computeIfAbsent: a definition may ask for another while it is built.
    private synchronized OpDef build(String name) {
        OpDef d = operations.get(name);
        if (d != null) return d;
        Supplier<OpDef> definition = registered.get(name);
        if (definition == null) return null;
        d = definition.get();
        if (!d.name().equals(name)) {
            throw new IllegalStateException("the definition registered as " + name + " is named " + d.name());
        }
        operations.put(name, d);
        return d;
    }

    /** All op definitions, in registration order (building those not built yet). */
    public Collection<OpDef> operations() {
        List<OpDef> all = new ArrayList<>(registered.size());
        for (String name : registered.keySet()) all.add(operation(name));
        return Collections.unmodifiableList(all);
    }

    /**
     * Creates, with {@code builder}, a constant-like op of this dialect holding {@code value} as
     * a {@code type}, for folding to materialise a folded result; null when it cannot.
     */
    public Operation materializeConstant(jmlir.rewrite.Builder builder, Attribute value, Type type,
                                         Location location) {
        return null;
    }

    /** Canonicalization patterns of the dialect as a whole (not rooted on its ops). */
    public java.util.List<jmlir.rewrite.RewritePattern> canonicalizationPatterns() {
        return java.util.List.of();
    }
}
