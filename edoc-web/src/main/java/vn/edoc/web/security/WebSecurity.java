package vn.edoc.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the web module; glassfish-web.xml maps each group of the identity store ({@link DeskIdentityStore}) to
 * the role of the same name.
 */
@ApplicationScoped
@DeclareRoles({"clerk", "leader", "operator"})
public class WebSecurity {}
