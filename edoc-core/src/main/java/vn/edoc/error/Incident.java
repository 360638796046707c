package vn.edoc.error;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure, given an id that the caller sees in its {@code INTERNAL_ERROR} (the SOAP fault, the VXP reply,
 * the API's answer) and that the log line with the cause carries: a DMS vendor quotes it, an operator finds the stack
 * trace at once. The id is the time (UTC, to the second) and 32 random bits, so that ids sort by time and do not
 * collide.
 */
public final class Incident {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Incident() {}

    /** Logs the failure of {@code what} once, with its cause, and answers the refusal that names the incident. */
    public static EdocException internalError(Logger log, String what, Throwable cause) {
        return internalError(log, what, cause, Clock.systemUTC());
    }

    static EdocException internalError(Logger log, String what, Throwable cause, Clock clock) {
        return new EdocException(ErrorCode.INTERNAL_ERROR, null, log(log, what, cause, clock));
    }

    /** Logs the failure of {@code what} once, with its cause, under a new incident id; the id. */
    public static String log(Logger log, String what, Throwable cause) {
        return log(log, what, cause, Clock.systemUTC());
    }

    private static String log(Logger log, String what, Throwable cause, Clock clock) {
        String id = newId(clock);
        log.log(Level.SEVERE, "Incident " + id + ": unexpected failure of " + what, cause);
        return id;
    }

    static String newId(Clock clock) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return TIME.format(clock.instant().atOffset(ZoneOffset.UTC)) + "-"
                + HexFormat.of().formatHex(random);
    }
}
