package jmlir.bench.compare;

/** What a tool is asked to do with an input. */
public enum Action {
    /** Read the input and print it in the tool's default form (custom syntax where it has one). */
    PARSE_PRINT("parse-print", "parse+print"),
    /** Read the input and print it in generic form ({@code --mlir-print-op-generic}). */
    GENERIC_PRINT("generic-print", "generic print");

    private final String id;
    private final String label;

    Action(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in results and history. */
    public String id() {
        return id;
    }

    /** The name in reports. */
    public String label() {
        return label;
    }

    public static String labelOf(String id) {
        for (Action a : values()) if (a.id.equals(id)) return a.label;
        return id;
    }
}
