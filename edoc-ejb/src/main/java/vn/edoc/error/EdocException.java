package vn.edoc.error;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A refusal with a stable code. Thrown out of an EJB it rolls the transaction back, so a refused request leaves
 * nothing behind.
 */
@ApplicationException(rollback = true)
public class EdocException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String path;
    private final Object[] arguments;

    /**
     * @param code the stable code
     * @param path where it applies (an element path in the packet or a request field), or {@code null}
     * @param arguments values for the message's placeholders
     */
    public EdocException(ErrorCode code, String path, Object... arguments) {
        super(ErrorMessages.format(code, Locale.ENGLISH, arguments));
        this.code = Objects.requireNonNull(code);
        this.path = path;
        this.arguments = arguments.clone();
    }

    public ErrorCode code() {
        return code;
    }

    /** Where the error applies, or {@code null}. */
    public String path() {
        return path;
    }

    /** The message in the given language (Vietnamese and English are provided). */
    public String message(Locale locale) {
        return ErrorMessages.format(code, locale, arguments);
    }
}
