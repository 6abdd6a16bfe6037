package jmlir.ir;

/**
 * An immutable attribute value. Attributes compare structurally ({@code equals}); the parser
 * interns them in the {@link Context} so that equal attributes read from one input share one
 * instance.
 */
public interface Attribute extends FoldResult {
}
