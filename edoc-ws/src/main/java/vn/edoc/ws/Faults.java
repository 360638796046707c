package vn.edoc.ws;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisFaultDetail;
import vn.edoc.contract.axis.v1.ObjectFactory;
import vn.edoc.contract.axis.v1.PacketProblem;
import vn.edoc.contract.axis.v1.ProblemSeverity;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;
import vn.edoc.error.Incident;
import vn.edoc.error.Problem;

/**
 * Turns a refusal into the contract's fault: one stable code, the message in Vietnamese and English, the path. Each
 * code is also its own SOAP fault code, in SOAP 1.1's dotted form: {@code soap:Client.PACKET_INVALID} when the
 * request is at fault (sending it again unchanged fails again), {@code soap:Server.INTERNAL_ERROR} and the
 * not-configured codes when the axis is (the same request may succeed later). Generic SOAP tools show the code
 * without reading the detail.
 */
final class Faults {
    private static final Logger LOG = Logger.getLogger(Faults.class.getName());
    private static final JAXBContext DETAIL_CONTEXT = detailContext();

    private Faults() {}

    /** The SOAP fault for a failure: the fault code of its error code, the contract's {@code axisFault} detail. */
    static SOAPFaultException soapFault(RuntimeException failure) {
        return soapFault(null, failure);
    }

    /**
     * The SOAP fault for a failure of a call made by {@code caller} (a system id; null when none was proven), logged
     * once: a refusal with its code and the caller, an unexpected failure as an incident with its cause.
     */
    static SOAPFaultException soapFault(String caller, RuntimeException failure) {
        AxisFault fault = of(failure);
        if (!ErrorCode.INTERNAL_ERROR.name().equals(fault.getFaultInfo().getCode())) {
            LOG.log(java.util.logging.Level.INFO, "SOAP call of {0} refused: {1} at {2}", new Object[] {
                caller == null ? "an unknown system" : caller,
                fault.getFaultInfo().getCode(),
                fault.getFaultInfo().getPath()
            });
        }
        try {
            SOAPFault soapFault = SOAPFactory.newInstance()
                    .createFault(
                            fault.getMessage(), faultCode(fault.getFaultInfo().getCode()));
            return new SOAPFaultException(withDetail(soapFault, fault.getFaultInfo()));
        } catch (SOAPException e) {
            throw new IllegalStateException("The fault " + fault.getFaultInfo().getCode() + " could not be written", e);
        }
    }

    /** A whole SOAP 1.1 message holding the fault for a failure, for answers written before Metro is reached. */
    static SOAPMessage faultMessage(RuntimeException failure) {
        AxisFault fault = of(failure);
        try {
            SOAPMessage message =
                    MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
            withDetail(
                    message.getSOAPBody()
                            .addFault(faultCode(fault.getFaultInfo().getCode()), fault.getMessage()),
                    fault.getFaultInfo());
            return message;
        } catch (SOAPException e) {
            throw new IllegalStateException("The fault " + fault.getFaultInfo().getCode() + " could not be written", e);
        }
    }

    private static SOAPFault withDetail(SOAPFault soapFault, AxisFaultDetail detail) throws SOAPException {
        try {
            DETAIL_CONTEXT
                    .createMarshaller()
                    .marshal(new ObjectFactory().createAxisFault(detail), soapFault.addDetail());
            return soapFault;
        } catch (JAXBException e) {
            throw new SOAPException("The fault's detail could not be written", e);
        }
    }

    /** {@code soap:Client.CODE} or {@code soap:Server.CODE} in the SOAP 1.1 envelope namespace. */
    static QName faultCode(String code) {
        boolean serverSide = isServerSide(code);
        return new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, (serverSide ? "Server." : "Client.") + code, "soap");
    }

    /** Whether {@code code} names a code the axis is at fault for; a name that is no code is the request's. */
    private static boolean isServerSide(String code) {
        try {
            return code != null && ErrorCode.valueOf(code).isServerSide();
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }

    private static JAXBContext detailContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static AxisFault of(RuntimeException failure) {
        EdocException refusal = EdocException.in(failure);
        if (refusal == null) {
            // Unexpected: the transaction was rolled back; the client learns only that and the incident's id, the
            // log keeps the cause under the same id
            refusal = Incident.internalError(LOG, "an axis call", failure);
        }
        AxisFaultDetail detail = new AxisFaultDetail();
        detail.setCode(refusal.code().name());
        detail.setMessage(refusal.message(ErrorMessages.VIETNAMESE));
        detail.setMessageEn(refusal.message(Locale.ENGLISH));
        detail.setPath(refusal.path());
        refusal.problems().stream().map(Faults::problem).forEach(detail.getProblem()::add);
        return new AxisFault(refusal.code().name() + ": " + detail.getMessage(), detail);
    }

    /** A problem of a packet as the contract carries it: in a refusal's detail, or as a warning of an acceptance. */
    static PacketProblem problem(Problem problem) {
        PacketProblem wire = new PacketProblem();
        wire.setCode(problem.code().name());
        wire.setPath(problem.path());
        wire.setLine(problem.line() < 0 ? null : problem.line());
        wire.setColumn(problem.column() < 0 ? null : problem.column());
        wire.setMessage(problem.message(ErrorMessages.VIETNAMESE));
        wire.setMessageEn(problem.message(Locale.ENGLISH));
        wire.setSeverity(ProblemSeverity.valueOf(problem.severity().name()));
        wire.setReadAs(problem.normalised());
        return wire;
    }
}
