package vn.edoc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.logging.Logger;
import vn.edoc.error.Incident;

/**
 * The error page's incident: a page that failed unexpectedly (500) is logged once with its cause under an incident id,
 * and the page shows the id for the user to quote to the operators, never the cause itself.
 */
@Named
@RequestScoped
public class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private String incident;
    private boolean looked;

    /** The incident's id when the page failed unexpectedly, or null. */
    public String getIncident() {
        if (!looked) {
            looked = true;
            Map<String, Object> request =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            if (request.get("jakarta.servlet.error.exception") instanceof Throwable failure) {
                Object page = request.get("jakarta.servlet.error.request_uri");
                incident = Incident.log(LOG, "the page " + page, failure);
            }
        }
        return incident;
    }
}
