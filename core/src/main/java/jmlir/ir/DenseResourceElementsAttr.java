package jmlir.ir;

/**
 * {@code dense_resource<name> : tensor<...>}: elements whose data lives in a resource blob of the
 * builtin dialect, printed in the file metadata after the IR.
 */
public record DenseResourceElementsAttr(ShapedType type, ResourceHandle handle) implements ElementsAttr, ResourceUser {
    @Override
    public java.util.List<ResourceHandle> resourceHandles() {
        return java.util.List.of(handle);
    }

    /** The blob, or null when the resource has no data. */
    public ResourceBlob blob() {
        return handle.blob();
    }

    /**
     * The elements as a dense attribute when the blob holds integers or floats laid out as MLIR
     * does (little-endian, one element after another); null when there is no blob or its size
     * does not fit the type.
     */
    public DenseIntOrFloatElementsAttr toDense() {
        ResourceBlob b = handle.blob();
        if (b == null || !DenseIntOrFloatElementsAttr.isSupportedElementType(type.elementType())) return null;
        if (!DenseIntOrFloatElementsAttr.isValidRawData(type, b.data())) return null;
        return DenseIntOrFloatElementsAttr.fromRawData(type, b.data());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseResourceElementsAttr r && type.equals(r.type) && handle == r.handle;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + System.identityHashCode(handle);
    }
}
