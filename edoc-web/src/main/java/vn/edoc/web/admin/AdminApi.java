package vn.edoc.web.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The operators' API, at {@code /edoc/api}. */
@ApplicationPath("api")
public class AdminApi extends Application {}
