package vn.edoc.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.desk.boundary.DeskAccount;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.entity.DeskRole;
import vn.edoc.error.EdocException;

/**
 * The accounts that exist before anyone can create one: the operator, whose first password the domain set-up writes
 * to the file MP Config {@code edoc.operator.password-file} names ({@code bin/edoc}), and, with the sample data on,
 * a clerk and a leader for three sample offices and a second operator (password {@value #SAMPLE_PASSWORD}). An
 * account that exists is never touched: a password changed since stays changed.
 */
@ApplicationScoped
public class AccountBootstrap {
    static final String SAMPLE_PASSWORD = "edoc-demo";
    private static final String SYSTEM = "edoc-bootstrap";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    private static final List<DeskAccount> SAMPLE = List.of(
            clerk("vanthu.tinh", "Phạm Thị Hoa", "000.00.00.H21"),
            leader("nguyen-van-mau", "Nguyễn Văn Mẫu", "Chủ tịch", "000.00.00.H21"),
            clerk("vanthu.noivu", "Đỗ Minh Tâm", "000.00.02.H21"),
            leader("tran-thi-lan", "Trần Thị Lan", "Giám đốc", "000.00.02.H21"),
            clerk("vanthu.pleiku", "Lê Thị Thu", "000.00.41.H21"),
            leader("le-van-hung", "Lê Văn Hùng", "Chủ tịch", "000.00.41.H21"),
            new DeskAccount("vanhanh", "Vũ Quốc Anh", null, null, null, Set.of(DeskRole.OPERATOR), true));

    @EJB
    private DeskAccounts accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "edoc.operator.password-file")
    private Optional<String> operatorPasswordFile;

    @Inject
    @ConfigProperty(name = "edoc.sample-data", defaultValue = "false")
    private boolean sampleData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        operatorPasswordFile.map(Path::of).ifPresent(this::ensureOperator);
        if (sampleData) {
            char[] password = SAMPLE_PASSWORD.toCharArray();
            // hashing costs a PBKDF2 run per account: only for those not there yet, not at every start
            SAMPLE.stream()
                    .filter(account -> accounts.find(account.username()).isEmpty())
                    .forEach(account -> createOnce(account, hashing.hash(password)));
        }
    }

    private void ensureOperator(Path file) {
        if (accounts.find("operator").isPresent()) {
            return;
        }
        char[] password = null;
        try {
            password = Files.readString(file).strip().toCharArray();
            DeskAccount operator = new DeskAccount(
                    "operator", "Người vận hành trục", null, null, null, Set.of(DeskRole.OPERATOR), true);
            createOnce(operator, hashing.hash(password));
            LOG.info(() -> "the operator account exists (its first password from " + file + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("the operator's first password cannot be read from " + file, e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Creates the account unless it exists. The servers of a cluster start together: when another one inserted the
     * same account first, ours is rolled back, and that is fine as long as the account is there.
     */
    private void createOnce(DeskAccount account, String passwordHash) {
        try {
            accounts.createIfAbsent(account, passwordHash, SYSTEM);
        } catch (EdocException | EJBException e) {
            // REQUEST_INVALID "exists" when its insert committed before our check, a rollback when after
            if (accounts.find(account.username()).isEmpty()) {
                throw e;
            }
            LOG.info(() -> "the account " + account.username() + " was created by another server meanwhile");
        }
    }

    private static DeskAccount clerk(String username, String name, String office) {
        return new DeskAccount(username, name, office, null, null, Set.of(DeskRole.CLERK), true);
    }

    private static DeskAccount leader(String leaderId, String name, String title, String office) {
        return new DeskAccount(leaderId, name, office, leaderId, title, Set.of(DeskRole.LEADER), true);
    }
}
