package vn.edoc.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.boundary.StoredCredential;

/**
 * The identity store of the web module: the desk's active accounts in edoc's own database, their roles as groups. A
 * name that is no active account's costs the same PBKDF2 work as a wrong password (the store Jakarta Security defines
 * answered those three times faster, which told an attacker which names exist).
 */
@ApplicationScoped
public class DeskIdentityStore implements IdentityStore {
    @EJB
    private DeskAccounts accounts;

    @Inject
    private PasswordHashing passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<StoredCredential> stored = accounts.credentialOf(given.getCaller());
        boolean matches = passwords.verify(
                given.getPassword().getValue(),
                stored.map(StoredCredential::passwordHash).orElse(null));
        return matches
                ? new CredentialValidationResult(
                        stored.get().username(), stored.get().roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
