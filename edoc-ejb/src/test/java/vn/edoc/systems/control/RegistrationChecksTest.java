package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.systems.Protocol;

/** What an operator registers: protocols, the envelope policy, a secret a DMS brings; each refused with its field. */
class RegistrationChecksTest {
    @Test
    void protocolsAreSoapVxpOrBothAndKeptWhenNotNamed() {
        assertThat(RegistrationChecks.protocols(List.of("vxp", " SOAP "), EnumSet.of(Protocol.SOAP)))
                .containsExactlyInAnyOrder(Protocol.SOAP, Protocol.VXP);
        assertThat(RegistrationChecks.protocols(null, EnumSet.of(Protocol.VXP))).containsExactly(Protocol.VXP);
        assertRefused(() -> RegistrationChecks.protocols(List.of(), EnumSet.of(Protocol.SOAP)), "protocols");
        assertRefused(() -> RegistrationChecks.protocols(List.of("AS4"), EnumSet.of(Protocol.SOAP)), "protocols");
    }

    @Test
    void theEnvelopePolicyIsRequiredOrIfPresent() {
        assertThat(RegistrationChecks.envelopeSignatures("if_present", EnvelopeSignatures.REQUIRED))
                .isEqualTo(EnvelopeSignatures.IF_PRESENT);
        assertThat(RegistrationChecks.envelopeSignatures(null, EnvelopeSignatures.IF_PRESENT))
                .isEqualTo(EnvelopeSignatures.IF_PRESENT);
        assertRefused(
                () -> RegistrationChecks.envelopeSignatures("NEVER", EnvelopeSignatures.REQUIRED),
                "envelopeSignatures");
    }

    @Test
    void aGivenSecretIsLongPrintableAsciiWithoutSpaces() {
        assertThat(RegistrationChecks.givenSecret("local-test-secret")).isEqualTo("local-test-secret");
        assertThat(RegistrationChecks.givenSecret(null)).isNull();
        assertThat(RegistrationChecks.givenSecret("")).isNull();
        assertRefused(() -> RegistrationChecks.givenSecret("short"), "secret");
        assertRefused(() -> RegistrationChecks.givenSecret("with a space inside it"), "secret");
        assertRefused(() -> RegistrationChecks.givenSecret("khóa-bí-mật-tiếng-việt"), "secret");
        assertRefused(() -> RegistrationChecks.givenSecret("x".repeat(129)), "secret");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EdocException.class, e -> {
            assertThat(e.code().name()).isEqualTo("REQUEST_INVALID");
            assertThat(e.path()).isEqualTo(path);
        });
    }
}
