package vn.edoc.signature;

import static vn.edoc.signature.PacketVerifierTest.assertFailure;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.xml.security.utils.Constants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import vn.edoc.edxml.Edxml;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.error.ErrorCode;

/** Signature wrapping and its relatives: signatures moved, repeated, widened or narrowed are caught. */
class SignatureWrappingTest {
    private final PacketSigner signer = new PacketSigner();
    private final PacketVerifier verifier = new PacketVerifier(SamplePki.trust(), ReadLimits.defaults());

    @Test
    void aSignatureMovedIntoTheMessageHeaderIsMisplaced() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element agency = signature(document, SignatureRole.AGENCY);
            first(document, Edxml.NAMESPACE, "MessageHeader").appendChild(agency);
        });
        assertFailure(
                verifier.verify(packet), VerificationStep.SIGNATURE_PLACEMENT, null, ErrorCode.SIGNATURE_MISPLACED);
    }

    @Test
    void aRepeatedAgencySignatureIsMisplaced() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element agency = signature(document, SignatureRole.AGENCY);
            agency.getParentNode().appendChild(agency.cloneNode(true));
        });
        assertFailure(
                verifier.verify(packet), VerificationStep.SIGNATURE_PLACEMENT, null, ErrorCode.SIGNATURE_MISPLACED);
    }

    @Test
    void aSignatureBeforeTheTraceListIsMisplaced() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element leader = signature(document, SignatureRole.SIGNER);
            Element traces = first(document, Edxml.NAMESPACE, "TraceHeaderList");
            traces.getParentNode().insertBefore(leader, traces);
        });
        assertFailure(
                verifier.verify(packet), VerificationStep.SIGNATURE_PLACEMENT, null, ErrorCode.SIGNATURE_MISPLACED);
    }

    @Test
    void aSecondReferenceIsNotTheCoverageWeAccept() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element signedInfo =
                    first(signature(document, SignatureRole.AGENCY), Constants.SignatureSpecNS, "SignedInfo");
            Element reference = first(signedInfo, Constants.SignatureSpecNS, "Reference");
            Element extra = (Element) reference.cloneNode(true);
            extra.setAttributeNS(null, "URI", "#elsewhere");
            signedInfo.appendChild(extra);
        });
        assertFailure(
                verifier.verify(packet),
                VerificationStep.COVERAGE,
                SignatureRole.AGENCY,
                ErrorCode.SIGNATURE_COVERAGE_WRONG);
    }

    @Test
    void aLeaderFilterThatLeavesOutMoreIsNotTheCoverageWeAccept() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element xpath = first(
                    signature(document, SignatureRole.SIGNER), "http://www.w3.org/2002/06/xmldsig-filter2", "XPath");
            xpath.setTextContent("//edXML:Subject");
        });
        assertFailure(
                verifier.verify(packet),
                VerificationStep.COVERAGE,
                SignatureRole.SIGNER,
                ErrorCode.SIGNATURE_COVERAGE_WRONG);
    }

    @Test
    void contentHiddenInTheSignatureWhileTheVisibleContentChangesFailsTheValue() throws Exception {
        byte[] packet = edit(signed(), document -> {
            Element agency = signature(document, SignatureRole.AGENCY);
            Element object = document.createElementNS(Constants.SignatureSpecNS, "ds:Object");
            object.appendChild(first(document, Edxml.NAMESPACE, "MessageHeader").cloneNode(true));
            agency.appendChild(object);
            first(document, Edxml.NAMESPACE, "Subject").setTextContent("Quyết định bị thay nội dung");
        });
        assertFailure(
                verifier.verify(packet),
                VerificationStep.SIGNATURE_VALUE,
                SignatureRole.AGENCY,
                ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void aSignatureOfAnUnknownRoleIsMisplaced() throws Exception {
        byte[] packet = edit(
                signed(), document -> signature(document, SignatureRole.SIGNER).setAttributeNS(null, "Id", "other"));
        assertFailure(
                verifier.verify(packet), VerificationStep.SIGNATURE_PLACEMENT, null, ErrorCode.SIGNATURE_MISPLACED);
    }

    private byte[] signed() throws IOException {
        byte[] leader =
                signer.sign(PacketVerifierTest.unsigned(), SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));
        return signer.sign(leader, SignatureRole.AGENCY, SamplePki.office("000.00.00.H21"));
    }

    private static byte[] edit(byte[] packet, Consumer<Document> change) throws IOException, SAXException {
        Document document = SecureDom.parse(packet);
        change.accept(document);
        return SecureDom.serialize(document);
    }

    private static Element signature(Document document, SignatureRole role) {
        for (Element element : PacketStructure.allSignatureElements(document)) {
            if (role.id().equals(element.getAttributeNS(null, "Id"))) {
                return element;
            }
        }
        throw new AssertionError("no " + role + " signature");
    }

    private static Element first(Document document, String namespace, String name) {
        return (Element) document.getElementsByTagNameNS(namespace, name).item(0);
    }

    private static Element first(Element parent, String namespace, String name) {
        return (Element) parent.getElementsByTagNameNS(namespace, name).item(0);
    }
}
