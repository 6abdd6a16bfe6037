package jmlir.syntax;

/** Reads the {@code {-# dialect_resources: ..., external_resources: ... #-}} section. */
final class FileMetadataParser {
    private final Parser p;

    FileMetadataParser(Parser p) {
        this.p = p;
    }

    void parse() {
        throw p.errorAtToken("file metadata is not supported yet");
    }
}
