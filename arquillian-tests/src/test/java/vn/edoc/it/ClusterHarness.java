package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The province's cluster (two instances of one deployment group on the test MariaDB database) and the national axis
 * beside it, made once for all the cluster tests of a run by {@code bin/edoc cluster start --fresh --test} and {@code
 * bin/edoc peer start --fresh --test}, and stopped after the last one (also when a test failed). With {@code
 * -Dedoc.it.cluster.running=true} the tests use the cluster and national axis already running (a quick inner loop).
 */
final class ClusterHarness implements BeforeAllCallback {
    static final String EDOC_1 = "http://localhost:28080";
    static final String EDOC_2 = "http://localhost:29080";
    static final String NATIONAL = "http://localhost:15880";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ClusterHarness.class, key -> start());
    }

    private static Running start() {
        if (Boolean.getBoolean("edoc.it.cluster.running")) {
            return null;
        }
        run("cluster", "start", "--fresh", "--test");
        run("peer", "start", "--fresh", "--test");
        return new Running();
    }

    /** Stops both when the run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            run("peer", "stop");
            run("cluster", "stop");
        }
    }

    /** Runs {@code bin/edoc <arguments>} on the test's domains; its output goes to target/cluster-*.log. */
    static void run(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(System.getProperty("edoc.it.script")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        new File("target/cluster-" + arguments[0] + "-" + arguments[1] + ".log")));
        builder.environment().put("EDOC_CLUSTER_DOMAIN_DIR", System.getProperty("edoc.it.domains"));
        builder.environment().put("EDOC_PEER_DOMAIN_DIR", System.getProperty("edoc.it.domains"));
        try {
            assertThat(builder.start().waitFor())
                    .as("bin/edoc " + String.join(" ", arguments))
                    .isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
