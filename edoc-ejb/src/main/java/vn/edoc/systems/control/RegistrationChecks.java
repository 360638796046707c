package vn.edoc.systems.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.edoc.directory.control.Scope;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.systems.PacketReading;
import vn.edoc.systems.PdfSignaturePolicy;
import vn.edoc.systems.Protocol;
import vn.edoc.systems.SystemState;

/** What an operator may register about a connected system, each field checked with its own coded refusal. */
public final class RegistrationChecks {
    /** A secret a DMS brings is used as an HMAC key and a password: shorter ones are guessed offline. */
    static final int MIN_GIVEN_SECRET = 16;

    private static final int MAX_SECRET = 128;

    private RegistrationChecks() {}

    public static List<String> scopes(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "scopes", "scopes: at least one office scope");
        }
        for (String scope : given) {
            try {
                if (scope == null || scope.strip().length() > 60) {
                    throw new IllegalArgumentException("\"" + scope + "\": at most 60 characters");
                }
                Scope.parse(scope);
            } catch (IllegalArgumentException e) {
                throw new EdocException(ErrorCode.REQUEST_INVALID, "scopes", "scopes: " + e.getMessage());
            }
        }
        return given.stream().map(String::strip).toList();
    }

    public static SystemState state(String state) {
        try {
            return SystemState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "state", "state: ACTIVE or DISABLED");
        }
    }

    /** The protocols named, or {@code kept} when none are. */
    public static Set<Protocol> protocols(List<String> given, Set<Protocol> kept) {
        if (given == null) {
            return kept;
        }
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (String name : given) {
            try {
                protocols.add(Protocol.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new EdocException(ErrorCode.REQUEST_INVALID, "protocols", "protocols: SOAP, VXP or both");
            }
        }
        if (protocols.isEmpty()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "protocols", "protocols: SOAP, VXP or both");
        }
        return protocols;
    }

    public static EnvelopeSignatures envelopeSignatures(String given, EnvelopeSignatures kept) {
        if (given == null) {
            return kept;
        }
        try {
            return EnvelopeSignatures.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "envelopeSignatures", "envelopeSignatures: REQUIRED or IF_PRESENT");
        }
    }

    public static PacketReading packetReading(String given, PacketReading kept) {
        if (given == null) {
            return kept;
        }
        try {
            return PacketReading.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "packetReading", "packetReading: TOLERANT or STRICT");
        }
    }

    public static PdfSignaturePolicy pdfSignatures(String given, PdfSignaturePolicy kept) {
        if (given == null) {
            return kept;
        }
        try {
            return PdfSignaturePolicy.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "pdfSignatures", "pdfSignatures: REPORTED or REQUIRED");
        }
    }

    /** The secret a DMS brings, or null when it brings none: printable ASCII (HTTP headers), 16 to 128 characters. */
    public static String givenSecret(String given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        boolean printable = given.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!printable || given.length() < MIN_GIVEN_SECRET || given.length() > MAX_SECRET) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID,
                    "secret",
                    "secret: " + MIN_GIVEN_SECRET + " to " + MAX_SECRET + " printable ASCII characters, no spaces");
        }
        return given;
    }
}
