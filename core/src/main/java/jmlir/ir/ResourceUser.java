package jmlir.ir;

import java.util.List;

/**
 * An attribute that refers to dialect resources. The printer collects the resources of the
 * attributes it prints and writes their blobs in the file metadata after the IR, so dialect
 * attributes backed by resources implement this to have their data printed.
 */
public interface ResourceUser {
    /** The resources this attribute refers to. */
    List<ResourceHandle> resourceHandles();
}
