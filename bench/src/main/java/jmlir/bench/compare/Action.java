package jmlir.bench.compare;

/** What a tool is asked to do with an input. */
public enum Action {
    /** Read the input and print it in the tool's default form (custom syntax where it has one). */
    PARSE_PRINT("parse-print", "parse+print", null),
    /** Read the input and print it in generic form ({@code --mlir-print-op-generic}). */
    GENERIC_PRINT("generic-print", "generic print", null),
    /** Run the canonicalize pass and print the result. */
    CANONICALIZE("canonicalize", "canonicalize", "canonicalize"),
    /** Run the cse pass and print the result. */
    CSE("cse", "cse", "cse");

    private final String id;
    private final String label;
    private final String pass;

    Action(String id, String label, String pass) {
        this.id = id;
        this.label = label;
        this.pass = pass;
    }

    /** The pass the action runs, or null for printing alone. */
    public String pass() {
        return pass;
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
