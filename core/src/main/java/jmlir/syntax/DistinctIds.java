package jmlir.syntax;

import jmlir.ir.DistinctAttr;

import java.util.IdentityHashMap;
import java.util.Map;

/** Numbers distinct attributes in the order the printer first meets them. */
final class DistinctIds {
    private Map<DistinctAttr, Integer> ids;

    int idOf(DistinctAttr d) {
        if (ids == null) ids = new IdentityHashMap<>();
        return ids.computeIfAbsent(d, k -> ids.size());
    }
}
