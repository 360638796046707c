package vn.edoc.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SigningKey;

/** Packet fixtures from {@code packets/}, each given a document number of its own so runs never collide. */
final class Packets {
    static final String PROVINCE = "000.00.00.H21";
    static final String HOME_AFFAIRS = "000.00.02.H21";
    static final String PLEIKU = "000.00.41.H21";
    static final String AN_KHE = "000.00.42.H21";

    private static final String FIXTURE_NUMBER = "123/QĐ-UBND";
    private static final String TWO_RECIPIENTS = "province-to-department-and-city.edxml";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) * 10);

    private Packets() {}

    /** The fixture {@code name} with a fresh document number in place of {@code 123/QĐ-UBND}. */
    static byte[] fresh(String name) {
        String number = NEXT.incrementAndGet() + "/QĐ-UBND";
        return raw(name).replace(FIXTURE_NUMBER, number).getBytes(StandardCharsets.UTF_8);
    }

    /** A new packet of the two-recipient fixture sent by {@code office} instead of the province, not signed. */
    static byte[] freshFrom(String office) {
        return new String(fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace(
                        "<edXML:OrganId>000.00.00.H21</edXML:OrganId>", "<edXML:OrganId>" + office + "</edXML:OrganId>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The fixture with a fresh number, signed by Nguyễn Văn Mẫu and sealed by UBND tỉnh Gia Lai. */
    static byte[] signed(String name) {
        return signedByProvince(new String(fresh(name), StandardCharsets.UTF_8));
    }

    /** A packet's text, signed by Nguyễn Văn Mẫu and sealed by UBND tỉnh Gia Lai. */
    static byte[] signedByProvince(String packet) {
        return sign(packet.getBytes(StandardCharsets.UTF_8), "leaders/nguyen-van-mau.p12", "offices/000.00.00.H21.p12");
    }

    /** {@code packet} signed by the leader and then sealed with the given sample keys. */
    /** A new packet of the two-recipient fixture addressed to {@code recipient} only, signed by the province. */
    static byte[] signedByProvinceTo(String recipient) {
        return signedByProvince(freshTo(recipient));
    }

    /** The text of a new packet of the two-recipient fixture addressed to {@code recipient} only, not signed. */
    static String freshTo(String recipient) {
        return freshTo(TWO_RECIPIENTS, recipient);
    }

    /**
     * A new packet of the national SDK's kind addressed to {@code recipient} only: the two-recipient fixture with the
     * SDK's placeholder {@code Signature} (edXML namespace, no XML-DSig) where the signatures go.
     */
    static byte[] placeholderSignedTo(String recipient) {
        return freshTo("sdk-placeholder-signature.edxml", recipient).getBytes(StandardCharsets.UTF_8);
    }

    /** A packet as {@link #placeholderSignedTo} makes it, from {@code sender} (an office behind a peer axis). */
    static byte[] placeholderSignedFrom(String sender, String recipient) {
        return freshTo("sdk-placeholder-signature.edxml", recipient)
                .replaceFirst(
                        "<edXML:From>\\s*<edXML:OrganId>000.00.00.H21</edXML:OrganId>",
                        "<edXML:From>\n          <edXML:OrganId>" + sender + "</edXML:OrganId>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String freshTo(String fixture, String recipient) {
        String packet = new String(fresh(fixture), StandardCharsets.UTF_8)
                .replace(
                        "<edXML:To>\n          <edXML:OrganId>000.00.41.H21</edXML:OrganId>",
                        "<edXML:To>\n          <edXML:OrganId>" + recipient + "</edXML:OrganId>");
        int start = packet.indexOf("<edXML:To>");
        int end = packet.indexOf("</edXML:To>", start) + "</edXML:To>".length();
        return packet.substring(0, start) + packet.substring(end).stripLeading();
    }

    static byte[] sign(byte[] packet, String leaderKey, String sealKey) {
        try {
            PacketSigner signer = new PacketSigner();
            byte[] byLeader = signer.sign(packet, SignatureRole.SIGNER, sampleKey(leaderKey));
            return signer.sign(byLeader, SignatureRole.AGENCY, sampleKey(sealKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code packet} sealed by the agency with the given sample key (the leader signed it already). */
    static byte[] seal(byte[] packet, String sealKey) {
        try {
            return new PacketSigner().sign(packet, SignatureRole.AGENCY, sampleKey(sealKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SigningKey sampleKey(String path) {
        try (InputStream in = Packets.class.getResourceAsStream("/sample-pki/" + path)) {
            return SigningKey.fromPkcs12(in, "edoc-sample".toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String raw(String name) {
        try (InputStream in = Packets.class.getResourceAsStream("/packets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
