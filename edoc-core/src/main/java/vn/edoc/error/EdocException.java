package vn.edoc.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A refusal with a stable code. The EJB module declares it an application exception that rolls the transaction back
 * ({@code META-INF/ejb-jar.xml}), so a refused request leaves nothing behind; this class stays free of Jakarta APIs
 * because the command-line tool uses it too.
 *
 * <p>A refused packet carries every {@link Problem} found; its own code is that of the problem when there is one, and
 * {@link ErrorCode#PACKET_INVALID} when there are several.
 */
public class EdocException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String path;
    private final transient Object[] arguments;
    private final transient List<Problem> problems;

    /**
     * @param code the stable code
     * @param path where it applies (an element path in the packet or a request field), or {@code null}
     * @param arguments values for the message's placeholders
     */
    /**
     * The refusal behind {@code failure}: itself, or the first cause that is one (a container wraps what an EJB
     * throws); null for an unexpected failure.
     */
    public static EdocException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EdocException refusal) {
                return refusal;
            }
        }
        return null;
    }

    public EdocException(ErrorCode code, String path, Object... arguments) {
        this(code, path, arguments, List.of());
    }

    private EdocException(ErrorCode code, String path, Object[] arguments, List<Problem> problems) {
        super(ErrorMessages.format(code, Locale.ENGLISH, arguments));
        this.code = Objects.requireNonNull(code);
        this.path = path;
        this.arguments = arguments.clone();
        this.problems = List.copyOf(problems);
    }

    /** The refusal of a packet with these problems (at least one). */
    public static EdocException of(List<Problem> problems) {
        return of(ErrorCode.PACKET_INVALID, problems);
    }

    /**
     * The refusal of an input with these problems (at least one): the code of the problem when there is one, else
     * {@code several} (whose message takes the number of problems).
     */
    public static EdocException of(ErrorCode several, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        if (problems.size() == 1) {
            Problem only = problems.get(0);
            return new EdocException(only.code(), only.path(), only.arguments(), problems);
        }
        return new EdocException(several, null, new Object[] {problems.size()}, problems);
    }

    public ErrorCode code() {
        return code;
    }

    /** Where the error applies, or {@code null}. */
    public String path() {
        return path;
    }

    /** Every problem of a refused packet, in document order; empty for other refusals. */
    public List<Problem> problems() {
        return problems;
    }

    /** The message in the given language (Vietnamese and English are provided). */
    public String message(Locale locale) {
        return ErrorMessages.format(code, locale, arguments);
    }
}
