package vn.edoc.directory.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.edoc.directory.OrganCode;

/**
 * Which offices one side of a routing rule names: {@code *} (every office), a code (that office), {@code code/**} (the
 * office and every office under it in the tree) or {@code level:NAME} (every office of a level). A connected system
 * that is another axis has {@code peer:ID}: the offices outside the directory that the peer routes name {@code ID}
 * for (no local office; never in a routing rule, where it names no office).
 */
public record Scope(String text, Kind kind, String value) {
    enum Kind {
        ANY,
        OFFICE,
        SUBTREE,
        LEVEL,
        PEER
    }

    private static final String SUBTREE_SUFFIX = "/**";
    private static final String LEVEL_PREFIX = "level:";
    private static final String PEER_PREFIX = "peer:";
    private static final Pattern PEER_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,49}");

    /** The scope written {@code text}; throws {@link IllegalArgumentException} with the reason when malformed. */
    public static Scope parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals("*")) {
            return new Scope(value, Kind.ANY, null);
        }
        if (value.toLowerCase(Locale.ROOT).startsWith(LEVEL_PREFIX) && value.length() > LEVEL_PREFIX.length()) {
            return new Scope(value, Kind.LEVEL, value.substring(LEVEL_PREFIX.length()));
        }
        if (value.startsWith(PEER_PREFIX)) {
            if (!PEER_ID.matcher(value.substring(PEER_PREFIX.length())).matches()) {
                throw new IllegalArgumentException(
                        "\"" + value + "\": peer:ID, ID of lower-case letters, digits, '.', '-'");
            }
            return new Scope(value, Kind.PEER, value.substring(PEER_PREFIX.length()));
        }
        boolean subtree = value.endsWith(SUBTREE_SUFFIX);
        String code = subtree ? value.substring(0, value.length() - SUBTREE_SUFFIX.length()) : value;
        if (!OrganCode.isValid(code)) {
            throw new IllegalArgumentException(
                    "\"" + value + "\": not *, an office code, code/**, level:NAME or peer:ID");
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
            case PEER -> false;
        };
    }

    /** Whether this scope is {@code *}: every office. */
    public boolean isEveryOffice() {
        return kind == Kind.ANY;
    }

    /** The peer axis this scope names, for a {@code peer:ID} scope. */
    public Optional<String> peerId() {
        return kind == Kind.PEER ? Optional.of(value) : Optional.empty();
    }
}
