package jmlir.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyOpDefinitionTest {
    /** Counts how often each definition is built. */
    private static final class Lazy extends Dialect {
        final AtomicInteger builds = new AtomicInteger();

        Lazy() {
            super("lazy");
            addOperation("lazy.b", () -> build("lazy.b"));
            addOperations(OpDef.builder("lazy.eager").build());
            addOperation("lazy.a", () -> {
                // A definition may look another up while it is built.
                assertThat(operation("lazy.b")).isNotNull();
                return build("lazy.a");
            });
        }

        private OpDef build(String name) {
            builds.incrementAndGet();
            return OpDef.builder(name).build();
        }
    }

    @Test
    void buildsEachDefinitionOnceWhenFirstAskedFor() {
        Lazy d = new Lazy();
        assertThat(d.builds).hasValue(0);
        OpDef a = d.operation("lazy.a");
        assertThat(a.name()).isEqualTo("lazy.a");
        assertThat(d.builds).hasValue(2); // lazy.a and, from inside it, lazy.b
        assertThat(d.operation("lazy.a")).isSameAs(a);
        assertThat(d.builds).hasValue(2);
        assertThat(d.operation("lazy.unknown")).isNull();
    }

    @Test
    void listsAllDefinitionsInRegistrationOrder() {
        Lazy d = new Lazy();
        List<String> names = new ArrayList<>();
        for (OpDef def : d.operations()) names.add(def.name());
        assertThat(names).containsExactly("lazy.b", "lazy.eager", "lazy.a");
        assertThat(d.builds).hasValue(2);
    }

    @Test
    void rejectsADefinitionNamedOtherwiseThanRegistered() {
        Dialect d = new Dialect("lazy") {
            {
                addOperation("lazy.misnamed", () -> OpDef.builder("lazy.other").build());
            }
        };
        assertThatThrownBy(() -> d.operation("lazy.misnamed")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the definition registered as lazy.misnamed is named lazy.other");
    }

    @Test
    void threadsAskingTogetherGetTheSameDefinition() throws InterruptedException {
        Lazy d = new Lazy();
        CountDownLatch start = new CountDownLatch(1);
        OpDef[] seen = new OpDef[8];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            int slot = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen[slot] = d.operation("lazy.b");
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) t.join();
        for (OpDef s : seen) assertThat(s).isSameAs(seen[0]);
        assertThat(d.builds).hasValue(1);
    }
}
