package jmlir.pass;

import java.util.concurrent.atomic.AtomicLong;

/** A counter a pass keeps ({@code --mlir-pass-statistics}), safe to add to from parallel runs. */
public final class PassStatistic {
    private final String name;
    private final String description;
    private final AtomicLong value = new AtomicLong();

    PassStatistic(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public void add(long n) {
        value.addAndGet(n);
    }

    public long value() {
        return value.get();
    }
}
