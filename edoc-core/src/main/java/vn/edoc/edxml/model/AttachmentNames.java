package vn.edoc.edxml.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attachment names as a file system may take them. A packet's {@code AttachmentName} is the sender's word: the reader
 * refuses paths and control characters, yet a name can still do harm where it is saved, above all on the Windows
 * machines clerks use: {@code C:x} and {@code a:b} open a drive's current folder or an NTFS alternate data stream,
 * {@code CON} or {@code NUL.pdf} a device, a trailing dot or space is dropped, and a right-to-left override makes
 * {@code hoa-don\u202Efdp.exe} look like a PDF.
 */
public final class AttachmentNames {
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    /** Directional formatting characters (Unicode bidi controls), which change how a name is shown, not what it is. */
    private static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Set<String> DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$");
    private static final int MAX_LENGTH = 200;
    private static final String UNNAMED = "tep-dinh-kem";

    private AttachmentNames() {}

    /** Whether {@code name} is saved under its own name everywhere, unchanged. */
    public static boolean isSafe(String name) {
        return name != null && safe(name).equals(name);
    }

    /**
     * A name that is safe on Windows, macOS and Linux and reads as the sender's: forbidden characters become {@code _},
     * directional controls go, a device name gets a leading {@code _}, trailing dots and spaces go, long names are cut
     * keeping the extension; an empty result is {@value #UNNAMED}.
     */
    public static String safe(String name) {
        String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        cleaned = BIDI.matcher(cleaned).replaceAll("");
        cleaned = FORBIDDEN.matcher(cleaned).replaceAll("_").strip();
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.' || c == '_')) {
            return UNNAMED;
        }
        int dot = cleaned.indexOf('.');
        String stem = dot < 0 ? cleaned : cleaned.substring(0, dot);
        if (DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        return shortened(cleaned);
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
