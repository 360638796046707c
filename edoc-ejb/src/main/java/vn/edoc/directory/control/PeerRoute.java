package vn.edoc.directory.control;

import java.util.regex.Pattern;

/**
 * Codes reached through another axis (the national axis, another province): {@code codePattern} is a code in which
 * {@code *} stands for any characters ({@code *.H22} for every office of province H22, {@code *.G*} for the
 * ministries). A code of the local directory is always local.
 */
public record PeerRoute(String codePattern, String peerId, String endpoint) {
    boolean matches(String code) {
        String regex = Pattern.quote(codePattern).replace("*", "\\E.*\\Q");
        return code.matches(regex);
    }

    /** More literal characters make a pattern more specific: {@code 000.00.00.H22} beats {@code *.H22}. */
    int specificity() {
        return codePattern.replace("*", "").length();
    }
}
