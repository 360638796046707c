package vn.edoc.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Vietnamese unless {@code ?lang=en} asked for English. */
@Named
@SessionScoped
public class Preferences implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("lang");
        if ("en".equals(asked)) {
            locale = Locale.ENGLISH;
        } else if ("vi".equals(asked)) {
            locale = VIETNAMESE;
        }
        return locale;
    }

    /** The other language's code, for the switch in the header. */
    public String getOtherLanguage() {
        return Locale.ENGLISH.equals(locale) ? "vi" : "en";
    }
}
