package vn.edoc.ws.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.systems.control.HeaderSignature;

/**
 * The national SDK's own requests, byte for byte (secret {@code local-test-secret}): every signature verifies over
 * the header string as received, one changed byte does not, and each {@code sendEdoc} body is the file whose unpadded
 * SHA-256 {@code hash-file} names, followed by CRLF.
 */
class VxpAuthenticationTest {
    static Stream<Capture> captures() {
        return Capture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyCapturedSignatureVerifiesWithTheSecret(Capture capture) {
        String signed = capture.header(VxpHeaders.SIGN_HEADER);
        String hmac = capture.header("XroadVnpt-hash-header");

        assertThat(HeaderSignature.verifies(Capture.SECRET, signed, hmac)).isTrue();
        assertThat(HeaderSignature.verifies(Capture.SECRET, signed, hmac.toUpperCase()))
                .isTrue();
        assertThat(HeaderSignature.verifies("another-secret-entirely", signed, hmac))
                .isFalse();
        assertThat(HeaderSignature.verifies(Capture.SECRET, signed, null)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aChangedByteOfTheSignedHeadersIsRefused(Capture capture) {
        String signed = capture.header(VxpHeaders.SIGN_HEADER);
        String hmac = capture.header("XroadVnpt-hash-header");
        int middle = signed.length() / 2;
        char changed = signed.charAt(middle) == 'a' ? 'b' : 'a';
        String tampered = signed.substring(0, middle) + changed + signed.substring(middle + 1);

        assertThat(HeaderSignature.verifies(Capture.SECRET, tampered, hmac)).isFalse();
        assertThat(HeaderSignature.verifies(Capture.SECRET, signed + " ", hmac)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theSignedParametersAreReadFromTheSignedObjectWithoutThePrefix(Capture capture) {
        Map<String, String> parameters =
                VxpHeaders.parse(capture.header(VxpHeaders.SIGN_HEADER), capture.header("XroadVnpt-systemid"));

        assertThat(parameters).containsEntry("systemid", "test.system.01");
        // every signed key is also a header of its own with the same value
        parameters.forEach((key, value) ->
                assertThat(capture.header("XroadVnpt-" + key)).as(key).isEqualTo(value));
    }

    @Test
    void aSignedObjectNamingAnotherSystemThanItsHeaderIsRefused() {
        Capture capture = Capture.read("01_getAgenciesList.raw");

        assertThatThrownBy(() -> VxpHeaders.parse(capture.header(VxpHeaders.SIGN_HEADER), "other.system"))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code().name()).isEqualTo("AUTHENTICATION_FAILED"));
        assertThatThrownBy(() -> VxpHeaders.parse("not json", "test.system.01"))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code().name()).isEqualTo("REQUEST_INVALID"));
    }

    @Test
    void aStaleDocIdAndStatusFromEarlierCallsArriveOnAListCall() {
        // one client object keeps every key: the list call 09 still carries 08's status, which a list must ignore
        Map<String, String> parameters = VxpHeaders.parse(
                Capture.read("09_getSentEdocList.raw").header(VxpHeaders.SIGN_HEADER), "test.system.01");

        assertThat(parameters).containsEntry("status", "done").containsEntry("filePath", "/var/qlvb/store");
        assertThat(parameters).containsEntry("messagetype", "edoc");
    }

    @Test
    void theToOfASendArrivesAsTheRawJsonText() {
        Map<String, String> parameters =
                VxpHeaders.parse(Capture.read("14_sendEdoc.raw").header(VxpHeaders.SIGN_HEADER), "test.system.01");

        assertThat(parameters).containsEntry("to", "[\"000.00.00.G22\",\"000.00.00.G23\"]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sends")
    void theBodyIsTheFileFollowedByCrlfAndHashFileIsItsUnpaddedSha256(Capture capture) throws IOException {
        byte[] body = capture.body();
        assertThat(Arrays.copyOfRange(body, body.length - 2, body.length)).containsExactly('\r', '\n');
        byte[] file = Arrays.copyOf(body, body.length - 2);
        String hashFile = capture.header("XroadVnpt-hash-file");

        String unpadded = HashFile.unpadded(Sha256.newDigest().digest(file));
        assertThat(unpadded).isEqualTo(hashFile).hasSizeLessThan(64);

        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        MessageDigest digest = Sha256.newDigest();
        long size = IncomingBody.copyWithoutFinalCrlf(new ByteArrayInputStream(body), stored, digest, 1 << 20);
        assertThat(stored.toByteArray()).isEqualTo(file);
        assertThat(size).isEqualTo(file.length);
        assertThat(HashFile.matches(hashFile, Sha256.hex(digest))).isTrue();
        assertThat(HashFile.matches(hashFile, Sha256.of(body))).isFalse();
    }

    static Stream<Capture> sends() {
        return Stream.of(Capture.read("13_sendEdoc.raw"), Capture.read("14_sendEdoc.raw"));
    }

    @Test
    void theUnpaddedHashDropsTheZeroOfEveryByteUnder16AndPaddedHexIsTakenToo() {
        byte[] digest = new byte[32];
        digest[0] = 0x0a;
        digest[1] = (byte) 0xff;
        String padded = HexFormat.of().formatHex(digest);

        assertThat(HashFile.unpadded(digest)).startsWith("aff0000").hasSize(1 + 2 + 30);
        assertThat(HashFile.matches(HashFile.unpadded(digest), padded)).isTrue();
        assertThat(HashFile.matches(padded.toUpperCase(), padded)).isTrue();
        assertThat(HashFile.matches("aff", padded)).isFalse();
    }

    @Test
    void aBodyWithoutTheCrlfIsKeptWholeAndALoneCrIsNotStripped() throws IOException {
        for (String body : new String[] {"<edXML/>", "<edXML/>\r", "<edXML/>\n", "<edXML/>\r\n\r\n", "x"}) {
            ByteArrayOutputStream stored = new ByteArrayOutputStream();
            IncomingBody.copyWithoutFinalCrlf(
                    new ByteArrayInputStream(body.getBytes()), stored, Sha256.newDigest(), 1 << 20);
            String expected = body.endsWith("\r\n") ? body.substring(0, body.length() - 2) : body;
            assertThat(stored.toString()).as(body).isEqualTo(expected);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsSoonAsItPassesIt() {
        byte[] body = new byte[300_000];

        assertThatThrownBy(() -> IncomingBody.copyWithoutFinalCrlf(
                        new ByteArrayInputStream(body), new ByteArrayOutputStream(), Sha256.newDigest(), 100_000))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code().name()).isEqualTo("PACKET_TOO_LARGE"));
    }
}
