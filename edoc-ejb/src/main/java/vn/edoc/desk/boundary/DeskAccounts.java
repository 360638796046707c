package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.desk.entity.DeskUser;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * The people of the web UI. Passwords arrive here already hashed by the web module (Jakarta Security's PBKDF2, the
 * format its identity store verifies); this side never sees a password.
 */
@Stateless
public class DeskAccounts {
    @Inject
    private Clock clock;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    public Optional<DeskAccount> find(String username) {
        return Optional.ofNullable(username)
                .map(name -> entityManager.find(DeskUser.class, name))
                .map(DeskAccount::of);
    }

    /**
     * What a log-in is checked against: the stored password hash and roles of an active account. Empty for a name that
     * is not an account's (any name not in the accounts' form, whatever the database's collation would match) or for
     * a disabled account.
     */
    public Optional<StoredCredential> credentialOf(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        DeskUser user = entityManager.find(DeskUser.class, username);
        return user == null || !user.isActive() || !user.username().equals(username)
                ? Optional.empty()
                : Optional.of(new StoredCredential(user.username(), user.passwordHash(), Set.copyOf(user.roleNames())));
    }

    public List<DeskAccount> all() {
        return entityManager
                .createNamedQuery(DeskUser.ALL, DeskUser.class)
                .getResultStream()
                .map(DeskAccount::of)
                .toList();
    }

    /** The active leaders of an office who can sign (they have a key id). */
    public List<DeskAccount> leadersOf(String officeCode) {
        // asked at every save and submit of a draft: the office's signers only, not every account of the axis
        return entityManager
                .createNamedQuery(DeskUser.SIGNERS_OF, DeskUser.class)
                .setParameter("office", officeCode)
                .getResultStream()
                .map(DeskAccount::of)
                .toList();
    }

    /**
     * Creates an account unless one of that name exists; answers whether it did. Used for the bootstrap operator and
     * the sample users, which must never overwrite a password someone changed since.
     */
    public boolean createIfAbsent(DeskAccount account, String passwordHash, String actor) {
        if (entityManager.find(DeskUser.class, account.username()) != null) {
            return false;
        }
        create(account, passwordHash, actor);
        return true;
    }

    /** A new account; {@code REQUEST_INVALID} when the name is taken or not of the allowed form. */
    public void create(DeskAccount account, String passwordHash, String actor) {
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "username", "username of a-z, 0-9, . _ -");
        }
        if (entityManager.find(DeskUser.class, account.username()) != null) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "username", account.username() + " exists");
        }
        DeskUser user = new DeskUser(
                account.username(),
                account.fullName(),
                account.officeCode(),
                account.leaderId(),
                account.title(),
                account.roles(),
                Instant.now(clock));
        user.setPasswordHash(passwordHash);
        entityManager.persist(user);
        audit.append(actor, AuditAction.DESK_USER_CREATED, account.username(), String.valueOf(account.roles()));
    }

    public void changePassword(String username, String passwordHash, String actor) {
        existing(username).setPasswordHash(passwordHash);
        audit.append(actor, AuditAction.DESK_PASSWORD_CHANGED, username, null);
    }

    public void setActive(String username, boolean active, String actor) {
        existing(username).setActive(active);
        audit.append(actor, active ? AuditAction.DESK_USER_ENABLED : AuditAction.DESK_USER_DISABLED, username, null);
    }

    private DeskUser existing(String username) {
        DeskUser user = username == null ? null : entityManager.find(DeskUser.class, username);
        if (user == null) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "username", "no user " + username);
        }
        return user;
    }
}
