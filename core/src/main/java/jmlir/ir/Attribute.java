package jmlir.ir;

/**
 * An immutable attribute value. Attributes compare structurally ({@code equals}); the parser
 * interns them in the {@link Context} so that equal attributes read from one input share one
 * instance.
 *
 * <p>Attributes and types written as records spell out {@code equals} and {@code hashCode}: the
 * generated ones are linked through invokedynamic on first use and run slower until the JIT has
 * compiled them, and interning calls them for every attribute and type a short run reads.
 */
public interface Attribute extends FoldResult {
}
