package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;

/** The test domain's life, through bin/edoc: {@code crash} (kill -9) and {@code resume} (start, wait until ready). */
final class TestDomain {
    private TestDomain() {}

    static void run(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("edoc.it.script"), "test-domain", action)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/test-domain-" + action + ".log")));
        builder.environment().put("EDOC_TEST_DOMAIN_DIR", System.getProperty("edoc.it.domains"));
        Process process = builder.start();
        assertThat(process.waitFor()).as("bin/edoc test-domain " + action).isZero();
    }
}
