package vn.edoc.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store of the web module: the desk's accounts in edoc's own database. Only active accounts log in; their
 * roles are their groups (glassfish-web.xml maps each group to the role of the same name).
 */
@ApplicationScoped
@DeclareRoles({"clerk", "leader", "operator"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/edoc",
        callerQuery = "SELECT password_hash FROM desk_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT role_name FROM desk_user_role WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=120000",
            "Pbkdf2PasswordHash.SaltSizeBytes=32"
        })
public class WebSecurity {}
