package vn.edoc.ws;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisFaultDetail;
import vn.edoc.contract.axis.v1.PacketProblem;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

class FaultsTest {
    @Test
    void carriesTheCodeBothMessagesAndThePath() {
        AxisFault fault = Faults.of(new EdocException(ErrorCode.RECIPIENT_UNKNOWN, "/edXML/To", "000.00.99.H21"));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("RECIPIENT_UNKNOWN");
        assertThat(fault.getFaultInfo().getMessage()).startsWith("Không có cơ quan đang hoạt động");
        assertThat(fault.getFaultInfo().getMessageEn()).startsWith("No active office");
        assertThat(fault.getFaultInfo().getPath()).isEqualTo("/edXML/To");
        assertThat(fault.getFaultInfo().getProblem()).isEmpty();
        assertThat(fault.getMessage()).startsWith("RECIPIENT_UNKNOWN: ");
    }

    @Test
    void listsEveryProblemOfARefusedPacket() {
        String to = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To";
        AxisFault fault = Faults.of(EdocException.of(List.of(
                new Problem(ErrorCode.FIELD_REQUIRED, to, 6, 9, "To"),
                new Problem(ErrorCode.DATE_INVALID, "/x/PromulgationDate", -1, -1, "PromulgationDate", "2026/13/01"))));

        AxisFaultDetail detail = fault.getFaultInfo();
        assertThat(detail.getCode()).isEqualTo("PACKET_INVALID");
        assertThat(detail.getProblem())
                .extracting(PacketProblem::getCode)
                .containsExactly("FIELD_REQUIRED", "DATE_INVALID");
        PacketProblem first = detail.getProblem().get(0);
        assertThat(first.getPath()).isEqualTo(to);
        assertThat(first.getLine()).isEqualTo(6);
        assertThat(first.getColumn()).isEqualTo(9);
        assertThat(first.getMessage()).isEqualTo("Thiếu To (bắt buộc, không được để trống).");
        assertThat(first.getMessageEn()).isEqualTo("To is required but missing or empty.");
        assertThat(detail.getProblem().get(1).getLine()).isNull();
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

    @Test
    void anUnexpectedFailureNamesItsIncidentToTheCallerAndInTheLogWithItsCause() {
        java.util.List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Faults.class.getName());
        log.addHandler(capture);
        IllegalStateException cause = new IllegalStateException("connection pool exhausted");
        try {
            AxisFault fault = Faults.of(cause);

            String incident = fault.getFaultInfo().getMessageEn().replaceAll(".*incident (\\S+) to.*", "$1");
            assertThat(incident).matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
            assertThat(fault.getFaultInfo().getMessage()).contains("mã sự cố " + incident);
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getMessage()).contains("Incident " + incident);
                assertThat(record.getThrown()).isSameAs(cause);
            });
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void givesEachCodeItsOwnSoapFaultCode() {
        assertThat(Faults.faultCode("PACKET_INVALID").getLocalPart()).isEqualTo("Client.PACKET_INVALID");
        assertThat(Faults.faultCode("OFFICE_NOT_AUTHORIZED").getLocalPart()).isEqualTo("Client.OFFICE_NOT_AUTHORIZED");
        assertThat(Faults.faultCode("TRUST_NOT_CONFIGURED").getLocalPart()).isEqualTo("Server.TRUST_NOT_CONFIGURED");
        assertThat(Faults.faultCode("INTERNAL_ERROR").getNamespaceURI())
                .isEqualTo("http://schemas.xmlsoap.org/soap/envelope/");
    }

    @Test
    void writesTheDetailIntoTheSoapFault() {
        SOAPFaultException thrown = Faults.soapFault(new EdocException(ErrorCode.RATE_LIMITED, null, "dms-a", 60, 12));

        SOAPFault fault = thrown.getFault();
        assertThat(fault.getFaultCodeAsQName().getLocalPart()).isEqualTo("Client.RATE_LIMITED");
        assertThat(fault.getFaultString()).startsWith("RATE_LIMITED: ");
        Element detail = (Element) fault.getDetail().getFirstChild();
        assertThat(detail.getNamespaceURI()).isEqualTo("urn:vn:edoc:axis:v1");
        assertThat(detail.getLocalName()).isEqualTo("axisFault");
        assertThat(detail.getTextContent())
                .contains("RATE_LIMITED")
                .contains("12 seconds")
                .contains("12 giây");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeIsAFaultOfItsOwnWithBothMessages(ErrorCode code) {
        Object[] arguments = {1, 2, 3, 4}; // numbers fit every placeholder, number formats included
        SOAPFault fault =
                Faults.soapFault(new EdocException(code, "organId", arguments)).getFault();

        String side =
                code == ErrorCode.INTERNAL_ERROR || code.name().endsWith("_NOT_CONFIGURED") ? "Server." : "Client.";
        assertThat(fault.getFaultCodeAsQName().getLocalPart()).isEqualTo(side + code.name());
        Element detail = (Element) fault.getDetail().getFirstChild();
        assertThat(text(detail, "code")).isEqualTo(code.name());
        assertThat(text(detail, "path")).isEqualTo("organId");
        assertThat(text(detail, "message")).isNotBlank().isNotEqualTo(text(detail, "messageEn"));
        assertThat(text(detail, "messageEn")).isNotBlank().doesNotContain("{0}");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("urn:vn:edoc:axis:v1", name)
                .item(0)
                .getTextContent();
    }
}
