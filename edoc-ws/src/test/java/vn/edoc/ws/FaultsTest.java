package vn.edoc.ws;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

class FaultsTest {
    @Test
    void carriesTheCodeBothMessagesAndThePath() {
        AxisFault fault = Faults.of(new EdocException(ErrorCode.PACKET_MISSING_TO, "/edXML/To"));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("PACKET_MISSING_TO");
        assertThat(fault.getFaultInfo().getMessage()).startsWith("Gói tin thiếu cơ quan nhận");
        assertThat(fault.getFaultInfo().getMessageEn()).startsWith("The packet has no recipient");
        assertThat(fault.getFaultInfo().getPath()).isEqualTo("/edXML/To");
        assertThat(fault.getMessage()).startsWith("PACKET_MISSING_TO: ");
    }

    @Test
    void findsARefusalWrappedByTheContainer() {
        EJBException wrapped = new EJBException(new EdocException(ErrorCode.OFFICE_UNKNOWN, "organId", "X"));

        assertThat(Faults.of(wrapped).getFaultInfo().getCode()).isEqualTo("OFFICE_UNKNOWN");
    }

    @Test
    void answersAnUnexpectedFailureAsAnInternalErrorWithoutItsDetails() {
        AxisFault fault = Faults.of(new IllegalStateException("connection pool exhausted at 10.0.0.7"));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(fault.getFaultInfo().getMessageEn()).doesNotContain("10.0.0.7");
    }
}
