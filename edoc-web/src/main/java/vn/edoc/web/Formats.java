package vn.edoc.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.edoc.time.Vietnam;

/**
 * How the pages write dates (dd/MM/yyyy, Vietnam's time), sizes and the coded values of edXML: priority, status and
 * states, each in the page's language.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {
    public static final ZoneId VIETNAM = Vietnam.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String dateTime(Instant at) {
        return dateTimeOf(at);
    }

    /** As {@link #dateTime}, where no page is: dd/MM/yyyy HH:mm in Vietnam's time. */
    public static String dateTimeOf(Instant at) {
        return at == null ? "" : at.atZone(VIETNAM).format(DATE_TIME);
    }

    public String localDateTime(LocalDateTime at) {
        return at == null ? "" : at.format(DATE_TIME);
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** 0 normal … 4 express on time. */
    public String priority(Number priority) {
        return text("priority." + (priority == null ? 0 : priority.intValue()));
    }

    /** A status code (01-16), or {@code null} before any: "new". */
    public String status(Object code) {
        if (code == null) {
            return text("status.new");
        }
        String value = code instanceof vn.edoc.edxml.model.StatusCode status ? status.code() : code.toString();
        return text("status." + value);
    }

    public String draftState(Object state) {
        return text("draft.state." + state);
    }

    public String deliveryState(Object state) {
        return text("delivery.state." + state);
    }

    public String business(int type) {
        return text("business." + type);
    }

    /**
     * A warning the reader gave a packet, in the current language: what was forgiven and, when a value was kept, what
     * it was read as. Escaped by the page like any text.
     */
    public String warning(vn.edoc.error.Problem warning) {
        Locale locale = locale();
        String readAs = warning.normalised() == null
                ? text("warning.leftOut")
                : text("warning.readAs") + " " + warning.normalised();
        return warning.message(locale) + " (" + readAs + ")";
    }

    /** The Vietnamese or the English text, by the page's language. */
    public String inLanguage(String vietnamese, String english) {
        return "vi".equals(locale().getLanguage()) ? vietnamese : english;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Preferences.VIETNAMESE
                : faces.getViewRoot().getLocale();
    }

    /** A text of the pages' bundle by a key made in the page. */
    public String label(String key) {
        return text(key);
    }

    /** A text of the pages' bundle in the current language. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null
                ? Preferences.VIETNAMESE
                : faces.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("vn.edoc.web.messages", locale);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
