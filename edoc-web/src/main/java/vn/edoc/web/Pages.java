package vn.edoc.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.edoc.error.EdocException;

/** What every page does alike: show a refusal as its coded, translated message, show a success, move on. */
public final class Pages {
    private Pages() {}

    /** The refusal's message in the page's language, with its code, as the SOAP fault carries it. */
    public static void refused(EdocException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        refusal.message(locale) + " [" + refusal.code().name() + "]",
                        null));
        faces.validationFailed();
    }

    /** A message of the bundle, kept across the redirect that usually follows. */
    public static void done(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(Formats.text(key), arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message of the bundle for one field. */
    public static void fieldMissing(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Formats.text(key), null));
        faces.validationFailed();
    }

    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
