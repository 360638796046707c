package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.edoc.systems.entity.ConnectedSystem;

class KnownSystemsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private ConnectedSystem registered = system("first-secret-digest");

    @Test
    void aSystemIsReadOnceWhileTheCacheLasts() {
        KnownSystems known = new KnownSystems(60);

        known.find("dms", register());
        var again = known.find("dms", register());

        assertThat(reads).hasValue(1);
        assertThat(again.secretSha256()).isEqualTo("first-secret-digest");
        assertThat(again.scopes()).containsExactly("000.00.02.H21");
    }

    @Test
    void aForgottenSystemIsReadAgain() {
        KnownSystems known = new KnownSystems(60);
        known.find("dms", register());
        registered = system("second-secret-digest");

        known.forget("dms");

        assertThat(known.find("dms", register()).secretSha256()).isEqualTo("second-secret-digest");
        assertThat(reads).hasValue(2);
    }

    @Test
    void withoutACacheEveryCallReadsTheRegister() {
        KnownSystems known = new KnownSystems(0);

        known.find("dms", register());
        known.find("dms", register());

        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnknownSystemIsNotRemembered() {
        KnownSystems known = new KnownSystems(60);
        registered = null;
        assertThat(known.find("dms", register())).isNull();

        registered = system("first-secret-digest");

        assertThat(known.find("dms", register())).isNotNull();
        assertThat(reads).hasValue(2);
    }

    private Supplier<ConnectedSystem> register() {
        return () -> {
            reads.incrementAndGet();
            return registered;
        };
    }

    private static ConnectedSystem system(String secretDigest) {
        ConnectedSystem system = new ConnectedSystem("dms", secretDigest, Instant.parse("2026-11-27T08:00:00Z"));
        system.describe("QLVBĐH Sở Nội vụ", List.of("000.00.02.H21"), 600, null);
        return system;
    }
}
