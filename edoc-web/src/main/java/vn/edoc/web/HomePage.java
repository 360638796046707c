package vn.edoc.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.edoc.directory.boundary.Directory;

/** The landing page: what this axis is and where its services are. */
@Named
@RequestScoped
public class HomePage {
    @EJB
    private Directory directory;

    /** How many active offices the axis connects. */
    public long getActiveOffices() {
        return directory.countActive();
    }
}
