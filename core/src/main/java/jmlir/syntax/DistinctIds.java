package jmlir.syntax;

import jmlir.ir.DistinctAttr;

import java.util.IdentityHashMap;
import java.util.Map;

/** Numbers distinct attributes in the order the printer first meets them. */
final class DistinctIds {
    private final Map<DistinctAttr, Integer> ids = new IdentityHashMap<>();

    int idOf(DistinctAttr d) {
        return ids.computeIfAbsent(d, k -> ids.size());
    }
}
