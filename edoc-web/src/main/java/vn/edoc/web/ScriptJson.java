package vn.edoc.web;

import jakarta.json.JsonValue;

/**
 * JSON written into a page's {@code <script>} (PrimeFaces' {@code p:chart} takes its configuration so). JSON's own
 * escaping is not enough there: an office named {@code </script><script>…} would close the script element and run
 * its own. Every character the HTML parser or a JavaScript engine treats specially inside a script is written as a
 * JSON {@code \}{@code uXXXX} escape instead, which reads back as the same string; outside strings JSON has none of
 * these characters, so only string contents change.
 */
public final class ScriptJson {
    private ScriptJson() {}

    public static String of(JsonValue value) {
        String json = value.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                // < and > end or open elements, & starts a character reference in XHTML served as XML, ' and "
                // only matter in attributes but cost nothing, U+2028 and U+2029 end lines in older engines
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
