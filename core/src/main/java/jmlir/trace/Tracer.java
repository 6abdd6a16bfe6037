package jmlir.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records timed spans (parse, verify, each pass, print) and writes them as Chrome trace-event
 * JSON, which Perfetto and chrome://tracing open. Only the span names asked for are recorded;
 * a tracer asked for nothing ({@link #OFF}) records nothing and costs a field test per span.
 */
public final class Tracer {
    public static final Tracer OFF = new Tracer(null);

    private record Event(String name, long startNanos, long durationNanos, long threadId, String args) {
    }

    private final Set<String> names;
    private final long origin = System.nanoTime();
    private final List<Event> events = new ArrayList<>();

    /** Records the spans whose names are in {@code names}, or every span when it is empty. */
    public static Tracer recording(Set<String> names) {
        return new Tracer(Set.copyOf(names));
    }

    private Tracer(Set<String> names) {
        this.names = names;
    }

    public boolean isEnabled(String name) {
        return names != null && (names.isEmpty() || names.contains(name));
    }

    /** The recorded spans open on each thread, innermost last. */
    private static final ThreadLocal<ArrayDeque<Span>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    /**
     * The innermost recorded span open on this thread, for code deep inside a traced phase to
     * attach counters to (a pattern driver reports its rewrites to the pass's span); a span that
     * records nothing when there is none.
     */
    public static Span current() {
        Span s = OPEN.get().peekLast();
        return s != null ? s : OFF.unrecorded;
    }

    /** An open span; {@link #close()} records it (unless its name is not traced). */
    public final class Span implements AutoCloseable {
        private final String name;
        private final boolean recorded;
        private final long start = System.nanoTime();
        private String args;

        private Span(String name, boolean recorded) {
            this.name = name;
            this.recorded = recorded;
            if (recorded) OPEN.get().addLast(this);
        }

        public boolean isRecorded() {
            return recorded;
        }

        /** Attaches a counter shown with the span (e.g. how often a pattern applied). */
        public Span arg(String key, long value) {
            if (!recorded) return this;
            String entry = "\"" + escape(key) + "\":" + value;
            args = args == null ? entry : args + "," + entry;
            return this;
        }

        @Override
        public void close() {
            if (!recorded) return;
            OPEN.get().remove(this);
            long end = System.nanoTime();
            synchronized (events) {
                events.add(new Event(name, start - origin, end - start, Thread.currentThread().threadId(), args));
            }
        }
    }

    private final Span unrecorded = new Span("", false);

    /** Starts a span; returns a span that records nothing when the name is not traced. */
    public Span span(String name) {
        return isEnabled(name) ? new Span(name, true) : unrecorded;
    }

    /** Writes the recorded events as a Chrome trace-event JSON document. */
    public void write(Writer out) throws IOException {
        List<Event> snapshot;
        synchronized (events) {
            snapshot = new ArrayList<>(events);
        }
        out.write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
        for (int i = 0; i < snapshot.size(); i++) {
            Event e = snapshot.get(i);
            if (i > 0) out.write(",");
            out.write("\n{\"name\":\"" + escape(e.name()) + "\",\"ph\":\"X\",\"pid\":1,\"tid\":" + e.threadId()
                    + ",\"ts\":" + micros(e.startNanos()) + ",\"dur\":" + micros(e.durationNanos())
                    + (e.args() == null ? "" : ",\"args\":{" + e.args() + "}") + "}");
        }
        out.write("\n]}\n");
    }

    private static String micros(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1000.0);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
