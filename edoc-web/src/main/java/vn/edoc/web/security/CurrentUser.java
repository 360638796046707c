package vn.edoc.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import vn.edoc.desk.boundary.DeskAccount;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.entity.DeskRole;
import vn.edoc.directory.boundary.Directory;

/** The person logged in for this request, as the pages need them: name, office and what they may do. */
@Named("me")
@RequestScoped
public class CurrentUser {
    @Inject
    private SecurityContext security;

    @EJB
    private DeskAccounts accounts;

    @EJB
    private Directory directory;

    private DeskAccount account;

    /** The account; the pages that call this are protected, so someone is logged in. */
    public DeskAccount account() {
        if (account == null) {
            String name = Optional.ofNullable(security.getCallerPrincipal())
                    .map(Principal::getName)
                    .orElseThrow(() -> new IllegalStateException("nobody is logged in"));
            account = accounts.find(name).orElseThrow(() -> new IllegalStateException("no account " + name));
        }
        return account;
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return account().username();
    }

    public String getFullName() {
        return account().fullName();
    }

    public String getOffice() {
        return account().officeCode();
    }

    public String getOfficeName() {
        return account().officeCode() == null ? "" : directory.nameOf(account().officeCode());
    }

    public boolean isClerk() {
        return isLoggedIn() && account().holds(DeskRole.CLERK);
    }

    public boolean isLeader() {
        return isLoggedIn() && account().holds(DeskRole.LEADER);
    }

    public boolean isOperator() {
        return isLoggedIn() && account().holds(DeskRole.OPERATOR);
    }

    /** Where this person starts: the clerk's inbox, the leader's queue or the operators' dashboard. */
    public String getHome() {
        if (isClerk()) {
            return "/clerk/incoming.xhtml";
        }
        if (isLeader()) {
            return "/leader/queue.xhtml";
        }
        return "/operator/dashboard.xhtml";
    }
}
