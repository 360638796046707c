package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.edoc.desk.boundary.DeskAccount;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.boundary.LoginFailureView;
import vn.edoc.desk.boundary.LoginThrottle;
import vn.edoc.desk.entity.DeskRole;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.error.EdocException;
import vn.edoc.signing.boundary.PinAttempts;
import vn.edoc.signing.boundary.PinLockView;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;
import vn.edoc.web.security.PasswordHashing;

/**
 * The people of the web UI, for operators: every account with its office and role, a new account (a clerk or leader
 * of an active office, or an operator) with its first password, a password set anew, an account disabled or enabled;
 * the leaders' signing keys with wrong PINs counted or locked, and the failed log-ins per name and address, which an
 * operator can unlock.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LOGIN_ROWS = 200;

    @EJB
    private DeskAccounts accounts;

    @EJB
    private Directory directory;

    @EJB
    private PinAttempts pins;

    @EJB
    private LoginThrottle logins;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CurrentUser me;

    private List<DeskAccount> rows;
    private List<PinLockView> pinRows;
    private List<LoginFailureView> loginRows;
    private String username;
    private String fullName;
    private String officeCode;
    private DeskRole role = DeskRole.CLERK;
    private String title;
    private String password;
    private String resetFor;
    private String newPassword;

    public List<DeskAccount> getRows() {
        if (rows == null) {
            rows = accounts.all();
        }
        return rows;
    }

    public List<PinLockView> getPinRows() {
        if (pinRows == null) {
            pinRows = pins.counting();
        }
        return pinRows;
    }

    public void unlock(String leaderId) {
        pins.unlock(leaderId, me.getUsername());
        Pages.done("accounts.pins.unlocked", leaderId);
        pinRows = null;
    }

    public List<LoginFailureView> getLoginRows() {
        if (loginRows == null) {
            loginRows = logins.latest(MAX_LOGIN_ROWS);
        }
        return loginRows;
    }

    public void unlockLogin(String kind, String name) {
        logins.unlock(kind, name, me.getUsername());
        Pages.done("accounts.logins.unlocked", name);
        loginRows = null;
    }

    public void create() {
        if (!passwordLongEnough(password, "accounts:password")) {
            return;
        }
        boolean office = role != DeskRole.OPERATOR;
        if (office && directory.findActive(officeCode).isEmpty()) {
            Pages.fieldMissing("accounts:office", "accounts.office.unknown");
            return;
        }
        // a leader signs with the key the vault keeps under the account's own name
        DeskAccount account = new DeskAccount(
                username == null ? null : username.strip(),
                fullName == null ? null : fullName.strip(),
                office ? officeCode.strip() : null,
                role == DeskRole.LEADER ? username.strip() : null,
                role == DeskRole.LEADER ? title : null,
                Set.of(role),
                true);
        try {
            accounts.create(account, hashing.hash(password.toCharArray()), me.getUsername());
            Pages.done("accounts.created", account.username());
            username = null;
            fullName = null;
            title = null;
            rows = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        } finally {
            password = null;
        }
    }

    public void setActive(String account, boolean active) {
        try {
            accounts.setActive(account, active, me.getUsername());
            Pages.done(active ? "accounts.enabled" : "accounts.disabled", account);
            rows = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    public void resetPassword() {
        if (!passwordLongEnough(newPassword, "reset:newPassword")) {
            return;
        }
        try {
            accounts.changePassword(resetFor, hashing.hash(newPassword.toCharArray()), me.getUsername());
            Pages.done("accounts.passwordSet", resetFor);
        } catch (EdocException refused) {
            Pages.refused(refused);
        } finally {
            newPassword = null;
        }
    }

    private static boolean passwordLongEnough(String candidate, String field) {
        if (candidate == null || candidate.length() < PasswordHashing.MIN_LENGTH) {
            Pages.fieldMissing(field, "accounts.password.short");
            return false;
        }
        return true;
    }

    public DeskRole[] getRoles() {
        return DeskRole.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public void setOfficeCode(String officeCode) {
        this.officeCode = officeCode;
    }

    public DeskRole getRole() {
        return role;
    }

    public void setRole(DeskRole role) {
        this.role = role;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getResetFor() {
        return resetFor;
    }

    public void setResetFor(String resetFor) {
        this.resetFor = resetFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
