package jmlir.rewrite;

import jmlir.ir.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A last-in first-out list of operations, each at most once, with removal in constant time. */
final class Worklist {
    private final ArrayList<Operation> list = new ArrayList<>();
    private final Map<Operation, Integer> index = new HashMap<>();

    boolean isEmpty() {
        return index.isEmpty();
    }

    /** Adds {@code op} at the end, unless it is already listed. */
    void push(Operation op) {
        if (index.putIfAbsent(op, list.size()) == null) list.add(op);
    }

    /** Takes the last listed op. */
    Operation pop() {
        while (true) {
            Operation op = list.removeLast();
            if (op != null) {
                index.remove(op);
                return op;
            }
        }
    }

    void remove(Operation op) {
        Integer i = index.remove(op);
        if (i != null) list.set(i, null);
    }

    void clear() {
        list.clear();
        index.clear();
    }

    /** Reverses the order, so that the first op pushed is popped first. */
    void reverse() {
        Collections.reverse(list);
        for (int i = 0; i < list.size(); i++) {
            Operation op = list.get(i);
            if (op != null) index.put(op, i);
        }
    }
}
