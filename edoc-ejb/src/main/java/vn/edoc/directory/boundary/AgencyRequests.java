package vn.edoc.directory.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.directory.OrganCode;
import vn.edoc.directory.Reception;
import vn.edoc.directory.entity.AgencyRequest;
import vn.edoc.directory.entity.Office;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.Caller;
import vn.edoc.time.Vietnam;

/**
 * Requests of connected systems to change the directory ({@code registerAgency}, {@code deleteAgency} of the national
 * protocol). A DMS never changes the directory by itself: its request waits until an operator approves it (then it is
 * applied as a directory file of one line, with every check an import makes) or rejects it. The same request sent
 * again while it waits answers the waiting one, and a system may have at most {@code
 * edoc.directory.max-open-requests} requests waiting, so that a DMS cannot flood the operators' list.
 */
@Stateless
public class AgencyRequests {
    @Inject
    private Clock clock;

    private static final String CODE = "code";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Directory directory;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "edoc.directory.max-open-requests", defaultValue = "100")
    private int maxOpenRequests;

    /** Records a request to add the office; the same request again answers the waiting one. */
    public AgencyRequestView register(Caller caller, AgencyDetails details) {
        String code = code(details.code());
        String parent = blank(details.parentCode()) ? null : code(details.parentCode());
        String name = bounded("name", details.name(), 200, true);
        AgencyRequest request = open(caller, AgencyRequest.Kind.REGISTER, code);
        request.describe(
                parent,
                name,
                bounded("mail", details.email(), 100, false),
                bounded("mobile", details.telephone(), 50, false),
                bounded("fax", details.fax(), 50, false));
        return AgencyRequestView.of(request);
    }

    /** Records a request to remove the office; the same request again answers the waiting one. */
    public AgencyRequestView delete(Caller caller, String agencyCode) {
        String code = code(agencyCode);
        if (directory.find(code).isEmpty()) {
            throw new EdocException(ErrorCode.OFFICE_UNKNOWN, "AgencyCode", code);
        }
        return AgencyRequestView.of(open(caller, AgencyRequest.Kind.DELETE, code));
    }

    /** The requests in this state (PENDING, APPROVED, REJECTED), oldest first. */
    public List<AgencyRequestView> inState(String state) {
        AgencyRequest.State wanted;
        try {
            wanted = AgencyRequest.State.valueOf(state == null ? "PENDING" : state.strip());
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "state", "state: PENDING, APPROVED or REJECTED");
        }
        return entityManager
                .createNamedQuery(AgencyRequest.IN_STATE, AgencyRequest.class)
                .setParameter("state", wanted)
                .setMaxResults(1000)
                .getResultStream()
                .map(AgencyRequestView::of)
                .toList();
    }

    /**
     * Applies a waiting request to the directory: a new office of {@code level} and {@code kind} (both default from
     * its parent), or the office dissolved as of today. Refused whole, with the import's problems, when the
     * directory would not accept it.
     */
    public AgencyRequestView approve(long id, String level, String kind, String operator) {
        AgencyRequest request = waiting(id);
        OfficeRecord office =
                request.kind() == AgencyRequest.Kind.REGISTER ? newOffice(request, level, kind) : dissolved(request);
        directory.importFile(csv(office));
        request.decide(true, operator, now());
        audit.append(operator, AuditAction.AGENCY_REQUEST_APPROVED, request.agencyCode(), request.kind() + " #" + id);
        return AgencyRequestView.of(request);
    }

    /** Rejects a waiting request; the directory is left as it is. */
    public AgencyRequestView reject(long id, String operator) {
        AgencyRequest request = waiting(id);
        request.decide(false, operator, now());
        audit.append(operator, AuditAction.AGENCY_REQUEST_REJECTED, request.agencyCode(), request.kind() + " #" + id);
        return AgencyRequestView.of(request);
    }

    private AgencyRequest open(Caller caller, AgencyRequest.Kind kind, String code) {
        Optional<AgencyRequest> waiting = entityManager
                .createNamedQuery(AgencyRequest.BY_OPEN_KEY, AgencyRequest.class)
                .setParameter("openKey", AgencyRequest.openKey(kind, code, caller.systemId()))
                .getResultStream()
                .findFirst();
        if (waiting.isPresent()) {
            return waiting.get();
        }
        long open = entityManager
                .createQuery(
                        "SELECT COUNT(r) FROM AgencyRequest r WHERE r.systemId = :system AND r.openKey IS NOT NULL",
                        Long.class)
                .setParameter("system", caller.systemId())
                .getSingleResult();
        if (open >= maxOpenRequests) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID,
                    CODE,
                    caller.systemId() + " has " + open + " requests waiting for an operator already");
        }
        AgencyRequest request = new AgencyRequest(kind, code, caller.systemId(), now());
        entityManager.persist(request);
        audit.append(caller.systemId(), AuditAction.AGENCY_REQUESTED, code, kind.name());
        return request;
    }

    private AgencyRequest waiting(long id) {
        AgencyRequest request = entityManager.find(AgencyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.state() != AgencyRequest.State.PENDING) {
            throw new EdocException(ErrorCode.AGENCY_REQUEST_NOT_FOUND, "id", id);
        }
        return request;
    }

    private OfficeRecord newOffice(AgencyRequest request, String level, String kind) {
        Optional<Office> parent = directory.find(request.parentCode());
        String officeLevel = !blank(level)
                ? level.strip()
                : parent.map(p -> childLevel(p.level())).orElse("DEPARTMENT");
        String officeKind = !blank(kind) ? kind.strip() : "Cơ quan, đơn vị";
        return new OfficeRecord(
                request.agencyCode(),
                null,
                request.name(),
                officeKind,
                officeLevel,
                request.parentCode(),
                new OfficeRecord.Contact(null, null, request.email(), request.telephone(), request.fax(), null),
                OfficeState.ACTIVE,
                LocalDate.now(clock.withZone(Vietnam.ZONE)),
                null,
                List.of(),
                Reception.PULL,
                null,
                false);
    }

    private OfficeRecord dissolved(AgencyRequest request) {
        OfficeRecord office = directory
                .find(request.agencyCode())
                .map(Office::toRecord)
                .orElseThrow(() -> new EdocException(ErrorCode.OFFICE_UNKNOWN, CODE, request.agencyCode()));
        return new OfficeRecord(
                office.code(),
                office.secondCode(),
                office.name(),
                office.kind(),
                office.level(),
                office.parentCode(),
                office.contact(),
                OfficeState.DISSOLVED,
                office.validFrom(),
                LocalDate.now(clock.withZone(Vietnam.ZONE)),
                office.successors(),
                office.reception(),
                office.pushEndpoint(),
                office.sample());
    }

    /** Under the province, departments; under a district, communes; elsewhere the parent's own level. */
    private static String childLevel(String parentLevel) {
        return switch (parentLevel) {
            case "PROVINCE" -> "DEPARTMENT";
            case "DISTRICT" -> "COMMUNE";
            default -> parentLevel;
        };
    }

    private static byte[] csv(OfficeRecord office) {
        StringWriter out = new StringWriter();
        try {
            DirectoryCsv.write(out, List.of(office));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String code(String text) {
        String code = text == null ? "" : text.strip();
        if (!OrganCode.isValid(code)) {
            throw new EdocException(ErrorCode.ORGAN_ID_INVALID, CODE, code);
        }
        return code;
    }

    private static String bounded(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if ((required && text.isEmpty()) || text.length() > max) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID,
                    field,
                    field + ": " + (required ? "1" : "0") + " to " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
