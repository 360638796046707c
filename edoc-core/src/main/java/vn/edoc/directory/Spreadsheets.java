package vn.edoc.directory;

/**
 * A directory file is opened in a spreadsheet by the people who edit it. A cell that starts with {@code = + - @} (or
 * a tab or carriage return) is taken there for a formula, and a formula can run commands or send the sheet away: an
 * office name written so by a hostile import would run on the next operator's machine. Such a value is written with
 * a leading apostrophe, which spreadsheets read as "text" and hide, and reading a file takes that apostrophe off
 * again, so that an exported file imports unchanged.
 */
final class Spreadsheets {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Spreadsheets() {}

    static String written(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    static String read(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
