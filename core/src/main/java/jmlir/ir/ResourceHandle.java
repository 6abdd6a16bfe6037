package jmlir.ir;

/**
 * A named resource of a dialect ({@code dense_resource<name>} refers to one of the builtin
 * dialect). Handles compare by identity: two handles with the same key in different resource
 * tables are different resources. The blob is absent until the file metadata provides it.
 */
public final class ResourceHandle {
    private final String dialect;
    private final String key;
    private volatile ResourceBlob blob;

    public ResourceHandle(String dialect, String key, ResourceBlob blob) {
        this.dialect = dialect;
        this.key = key;
        this.blob = blob;
    }

    /** The namespace of the dialect owning the resource. */
    public String dialect() {
        return dialect;
    }

    /** The (unique within its dialect) name the resource is printed with. */
    public String key() {
        return key;
    }

    /** The data, or null when none was given. */
    public ResourceBlob blob() {
        return blob;
    }

    public void setBlob(ResourceBlob blob) {
        this.blob = blob;
    }

    @Override
    public String toString() {
        return dialect + ":" + key;
    }
}
