package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * One warning the reader gave an accepted packet: what it forgave, where, and what it read instead. Written once with
 * the packet; its message is made again from the code and the stored placeholder values, in either language.
 */
@Embeddable
public class ForgivenField {
    private static final int MAX_ARGUMENT = 200;
    private static final int MAX_PATH = 500;
    private static final int MAX_READ_AS = 1000;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "path", updatable = false, length = MAX_PATH)
    private String path;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int line;

    @Column(name = "column_no", nullable = false, updatable = false)
    private int column;

    @Column(name = "read_as", updatable = false, length = MAX_READ_AS)
    private String readAs;

    @Column(name = "arguments", updatable = false, length = 2000)
    private String arguments;

    protected ForgivenField() {
        // for JPA
    }

    private ForgivenField(ErrorCode code, String path, int line, int column, String readAs, String arguments) {
        this.code = code.name();
        this.path = path;
        this.line = line;
        this.column = column;
        this.readAs = readAs;
        this.arguments = arguments;
    }

    /** The warning as it is kept: a value the packet carried is cut where a column would not hold it. */
    public static ForgivenField of(Problem warning) {
        return new ForgivenField(
                warning.code(),
                MessageValues.cut(warning.path(), MAX_PATH),
                warning.line(),
                warning.column(),
                MessageValues.cut(warning.normalised(), MAX_READ_AS),
                MessageValues.join(warning.arguments(), MAX_ARGUMENT));
    }

    /** The warning again, its message in either language. */
    public Problem warning() {
        return Problem.warning(ErrorCode.valueOf(code), path, line, column, readAs, MessageValues.split(arguments));
    }
}
