package jmlir.numeric;

/** The IEEE 754 exception flags an operation raises, as bits (APFloat's opStatus). */
public final class FloatStatus {
    private FloatStatus() {
    }

    public static final int OK = 0;
    public static final int INVALID_OP = 1;
    public static final int DIV_BY_ZERO = 2;
    public static final int OVERFLOW = 4;
    public static final int UNDERFLOW = 8;
    public static final int INEXACT = 16;
}
