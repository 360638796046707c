package vn.edoc.directory.control;

import java.util.List;
import java.util.Locale;
import vn.edoc.directory.OrganCode;

/**
 * Which offices one side of a routing rule names: {@code *} (every office), a code (that office), {@code code/**} (the
 * office and every office under it in the tree) or {@code level:NAME} (every office of a level).
 */
public record Scope(String text, Kind kind, String value) {
    enum Kind {
        ANY,
        OFFICE,
        SUBTREE,
        LEVEL
    }

    private static final String SUBTREE_SUFFIX = "/**";
    private static final String LEVEL_PREFIX = "level:";

    /** The scope written {@code text}; throws {@link IllegalArgumentException} with the reason when malformed. */
    public static Scope parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals("*")) {
            return new Scope(value, Kind.ANY, null);
        }
        if (value.toLowerCase(Locale.ROOT).startsWith(LEVEL_PREFIX) && value.length() > LEVEL_PREFIX.length()) {
            return new Scope(value, Kind.LEVEL, value.substring(LEVEL_PREFIX.length()));
        }
        boolean subtree = value.endsWith(SUBTREE_SUFFIX);
        String code = subtree ? value.substring(0, value.length() - SUBTREE_SUFFIX.length()) : value;
        if (!OrganCode.isValid(code)) {
            throw new IllegalArgumentException("\"" + value + "\": not *, an office code, code/** or level:NAME");
        }
        return new Scope(value, subtree ? Kind.SUBTREE : Kind.OFFICE, code);
    }

    /**
     * Whether the office is in this scope by its code alone ({@code *}, or its own code): then the directory need not
     * be asked. False when only its place in the tree or its level can tell.
     */
    public boolean containsByCode(String code) {
        return kind == Kind.ANY || ((kind == Kind.OFFICE || kind == Kind.SUBTREE) && value.equals(code));
    }

    /**
     * Whether the office is in this scope.
     *
     * @param ancestors the codes of the office's parents, nearest first
     */
    public boolean contains(String code, String level, List<String> ancestors) {
        return switch (kind) {
            case ANY -> true;
            case OFFICE -> value.equals(code);
            case SUBTREE -> value.equals(code) || ancestors.contains(value);
            case LEVEL -> value.equals(level);
        };
    }
}
