package vn.edoc.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One defect found in a packet: a stable code, where it is (element path, and line and column when known) and the
 * values its message needs.
 *
 * @param code the stable code
 * @param path the element path, such as {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId}
 * @param line the line in the packet, or -1
 * @param column the column in the packet, or -1
 * @param arguments the values of the message's placeholders
 */
public record Problem(ErrorCode code, String path, int line, int column, Object... arguments) {
    public Problem {
        Objects.requireNonNull(code);
        arguments = arguments.clone();
    }

    /** The message in the given language (Vietnamese and English are provided). */
    public String message(Locale locale) {
        return ErrorMessages.format(code, locale, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && code == that.code
                && Objects.equals(path, that.path)
                && line == that.line
                && column == that.column
                && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, path, line, column, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        String where = line < 0 ? "" : " (" + line + ":" + column + ")";
        return code + " at " + path + where + ": " + message(Locale.ENGLISH);
    }
}
