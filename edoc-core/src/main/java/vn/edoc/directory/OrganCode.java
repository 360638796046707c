package vn.edoc.directory;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office identification code. Two forms are accepted:
 *
 * <ul>
 *   <li>the QCVN 102:2016 form {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}: four groups, level 1 on the right (a letter and two
 *       digits, {@code H21} for UBND tỉnh Gia Lai), unused levels zero-filled ({@code 000.00.05.H21} is a level-2
 *       unit, {@code 000.07.05.H21} a level-3 unit under it);
 *   <li>the longer codes of Quyết định 20/2020/QĐ-TTg that QCVN 102 SĐ1:2022 allows: letters, digits, dots, dashes
 *       and underscores between letters and digits, at most 35 characters.
 * </ul>
 *
 * A code shaped like the QCVN 102 form (four dot-separated groups ending in a letter and two digits) must be a valid
 * one: a typo such as {@code 000.0.05.H21} is an error, not a long code.
 */
public final class OrganCode {
    /** The longest code QCVN 102 SĐ1:2022 allows. */
    public static final int MAX_LENGTH = 35;

    private static final Pattern QCVN_102 = Pattern.compile("(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-Z]\\d{2})");
    // Four groups with three numeric ones first, or ending in a letter and two digits: meant as a QCVN 102 code.
    private static final Pattern QCVN_102_SHAPE =
            Pattern.compile("\\d+\\.\\d+\\.\\d+\\.[^.]*|[^.]*\\.[^.]*\\.[^.]*\\.[A-Za-z]\\d{2}");
    private static final Pattern LONG_FORM = Pattern.compile("[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*");

    private final String value;
    private final String[] groups; // level 4, 3, 2, 1 as written; null for a long code

    private OrganCode(String value, String[] groups) {
        this.value = value;
        this.groups = groups;
    }

    /** The code, or empty when {@code text} is not an office code of either form. */
    public static Optional<OrganCode> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher qcvn = QCVN_102.matcher(text);
        if (qcvn.matches()) {
            String[] groups = {qcvn.group(1), qcvn.group(2), qcvn.group(3), qcvn.group(4)};
            return hasGap(groups) ? Optional.empty() : Optional.of(new OrganCode(text, groups));
        }
        if (QCVN_102_SHAPE.matcher(text).matches() || !LONG_FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new OrganCode(text, null));
    }

    /** Whether {@code text} is an office code of either form. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** A used level below an unused one ({@code 000.05.00.H21}) names no unit. */
    private static boolean hasGap(String[] groups) {
        boolean unusedSeen = false;
        for (int i = 2; i >= 0; i--) {
            boolean unused = isZero(groups[i]);
            if (!unused && unusedSeen) {
                return true;
            }
            unusedSeen |= unused;
        }
        return false;
    }

    private static boolean isZero(String group) {
        return group.chars().allMatch(c -> c == '0');
    }

    public String value() {
        return value;
    }

    /** Whether the code has the QCVN 102 form (the level and parent checks apply only to it). */
    public boolean isQcvn102() {
        return groups != null;
    }

    /** The QCVN 102 level: 1 for {@code 000.00.00.H21}, 4 for {@code 001.07.05.H21}; 0 for a long code. */
    public int level() {
        if (groups == null) {
            return 0;
        }
        int level = 1;
        for (int i = 2; i >= 0 && !isZero(groups[i]); i--) {
            level++;
        }
        return level;
    }

    /**
     * Whether this code may sit under {@code parent} in the tree: both of the QCVN 102 form, the parent of a higher
     * level, and every group the parent uses repeated in this code. Long codes carry no structure, so any parent fits.
     * A commune keeps fitting when a reform moves it from its district to the province.
     */
    public boolean fitsUnder(OrganCode parent) {
        if (groups == null || parent.groups == null) {
            return true;
        }
        if (parent.level() >= level()) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            boolean used = i == 3 || !isZero(parent.groups[i]);
            if (used && !parent.groups[i].equals(groups[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
