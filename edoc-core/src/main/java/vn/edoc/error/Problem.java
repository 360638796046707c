package vn.edoc.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One defect found in a packet: how much it weighs, a stable code, where it is (element path, and line and column when
 * known), the values its message needs and, for a warning, the value the reader made of the field.
 *
 * @param severity an error refuses the packet; a warning is recorded and the packet goes on
 * @param code the stable code
 * @param path the element path, such as {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId}
 * @param line the line in the packet, or -1
 * @param column the column in the packet, or -1
 * @param normalised for a warning, the value the model uses in canonical edXML form ({@code null}: left out)
 * @param arguments the values of the message's placeholders
 */
public record Problem(
        Severity severity, ErrorCode code, String path, int line, int column, String normalised, Object... arguments) {
    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        arguments = arguments.clone();
    }

    /** An error: the packet is refused. */
    public Problem(ErrorCode code, String path, int line, int column, Object... arguments) {
        this(Severity.ERROR, code, path, line, column, null, arguments);
    }

    /** A warning: the reader kept the meaning, as {@code normalised}. */
    public static Problem warning(
            ErrorCode code, String path, int line, int column, String normalised, Object... arguments) {
        return new Problem(Severity.WARNING, code, path, line, column, normalised, arguments);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
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
                && severity == that.severity
                && code == that.code
                && Objects.equals(normalised, that.normalised)
                && Objects.equals(path, that.path)
                && line == that.line
                && column == that.column
                && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, code, normalised, path, line, column, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        String where = line < 0 ? "" : " (" + line + ":" + column + ")";
        String kept = normalised == null ? "" : " (read as \"" + normalised + "\")";
        String kind = isWarning() ? "warning " : "";
        return kind + code + " at " + path + where + ": " + message(Locale.ENGLISH) + kept;
    }
}
