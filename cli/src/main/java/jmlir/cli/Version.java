package jmlir.cli;

/** The version printed by {@code --version}. */
final class Version {
    static final String VERSION = "0.1.0";

    private Version() {
    }
}
