package jmlir.dialect.test;

import jmlir.ir.Attribute;
import jmlir.ir.DialectAttribute;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ResourceUser;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.syntax.AttrTypePrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypedAttrSyntax;

import java.util.List;

/**
 * {@code #test.e1di64_elements<blob> : type}: elements whose data is a blob among the test
 * dialect's resources ({@code dialect_resources: {test: {blob: "0x..."}}}), printed with the IR
 * when used.
 */
public record ExternElementsAttr(ShapedType type, ResourceHandle handle) implements DialectAttribute, ResourceUser {
    static final String MNEMONIC = "e1di64_elements";

    @Override
    public String dialect() {
        return TestDialect.NAMESPACE;
    }

    @Override
    public String body() {
        return MNEMONIC + "<" + AttrTypePrinter.keywordOrString(handle.key()) + ">";
    }

    @Override
    public List<ResourceHandle> resourceHandles() {
        return List.of(handle);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternElementsAttr e && type.equals(e.type) && handle == e.handle;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + System.identityHashCode(handle);
    }

    /** Reads {@code <key>} and the type (given by the context or written after it). */
    static final TypedAttrSyntax SYNTAX = new TypedAttrSyntax() {
        @Override
        public Attribute parse(OpAsmParser parser, String mnemonic, Type type) {
            int bodyAt = parser.currentOffset();
            parser.expect(TokenKind.LESS);
            int keyAt = parser.currentOffset();
            String key = parser.parseOptionalKeywordOrString();
            if (key == null) {
                throw parser.errors(parser.error(keyAt, "expected identifier key for 'resource' entry"),
                        parser.error(keyAt, "failed to parse TestExtern1DI64ElementsAttr parameter 'handle' "
                                + "which is to be a `TestDialectResourceBlobHandle`"));
            }
            ResourceHandle handle = parser.resourceHandle(TestDialect.NAMESPACE, key);
            parser.expect(TokenKind.GREATER);
            if (type == null) {
                if (!parser.consumeIf(TokenKind.COLON)) throw parser.error(bodyAt, "expected a trailing type");
                type = parser.parseType();
            }
            if (!(type instanceof ShapedType shaped)) throw parser.error(bodyAt, "invalid kind of type specified");
            return new ExternElementsAttr(shaped, handle);
        }

        @Override
        public Attribute parseOptional(OpAsmParser parser, String attrName) {
            return parser.at(TokenKind.LESS) ? parse(parser, attrName) : null;
        }

        @Override
        public void print(Attribute value, OpAsmPrinter printer) {
            printer.print(((ExternElementsAttr) value).body().substring(MNEMONIC.length()));
        }
    };
}
