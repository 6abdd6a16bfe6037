package jmlir.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a benchmark class whose {@code workload} parameter names a {@link Workloads} input, and
 * what jmlir must be able to do with it ({@link Stage}); {@link BenchMain} runs only the
 * workloads that pass {@link Stage#check}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Needs {
    Stage value();
}
