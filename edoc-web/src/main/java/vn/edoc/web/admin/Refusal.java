package vn.edoc.web.admin;

import java.util.List;
import java.util.Locale;
import vn.edoc.error.EdocException;
import vn.edoc.error.Problem;

/**
 * A refused request as JSON: the stable code, the message in the caller's language, and every problem with its line
 * and column (a directory file is refused whole, with all its bad lines).
 */
public record Refusal(String code, String message, List<Item> problems) {
    /** One problem of a refused file. */
    public record Item(String code, String column, int line, int columnNumber, String message) {}

    static Refusal of(EdocException e, Locale locale) {
        List<Item> items = e.problems().stream().map(p -> item(p, locale)).toList();
        return new Refusal(e.code().name(), e.message(locale), items);
    }

    private static Item item(Problem problem, Locale locale) {
        return new Item(
                problem.code().name(), problem.path(), problem.line(), problem.column(), problem.message(locale));
    }
}
