package jmlir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs on the common paths (parse, verify, print in both forms, canonicalize, cse) link no
 * pattern switch and no record {@code equals}/{@code hashCode} of jmlir's at run time: the JDK
 * AOT cache does not keep those call sites, so each one costs every short run a generated class.
 * The JVM's method-linkage trace names every call site it links.
 */
class StartupLinkageTest {
    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void commonPathsLinkNoTypeSwitchOrRecordMethod() throws Exception {
        List<String> linked = new ArrayList<>();
        for (String example : List.of("hello.mlir", "fold.mlir", "loops.mlir")) {
            String file = EXAMPLES.resolve(example).toString();
            linked.addAll(linkedCallSites(file));
            linked.addAll(linkedCallSites("--mlir-print-op-generic", "--mlir-print-debuginfo", file));
            linked.addAll(linkedCallSites("--canonicalize", "--cse", file));
        }
        linked.addAll(linkedCallSites("--irdl-file=" + EXAMPLES.resolve("cmath.irdl.mlir"),
                EXAMPLES.resolve("cmath-use.mlir").toString()));
        assertThat(linked).as("call sites linked through SwitchBootstraps or ObjectMethods").isEmpty();
    }

    /** The jmlir call sites the run linked through a type-switch or record-method bootstrap. */
    private static List<String> linkedCallSites(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1",
                "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
                "-cp", System.getProperty("java.class.path"), JmlirOpt.class.getName(), "--allow-unregistered-dialect"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args) + "\n" + output).isZero();
        return output.lines()
                .filter(l -> l.startsWith("linkCallSite jmlir."))
                .filter(l -> l.contains("SwitchBootstraps") || l.contains("ObjectMethods"))
                .toList();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
