package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.boundary.PeerPollView;
import vn.edoc.exchange.boundary.PeerPolls;
import vn.edoc.systems.boundary.ConnectedSystems;
import vn.edoc.systems.boundary.IssuedSecret;
import vn.edoc.systems.boundary.SystemRegistration;
import vn.edoc.systems.boundary.SystemView;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/**
 * The connected systems, for operators: the register (offices, protocols, envelope signatures, rate, state), a new
 * system with the secret it brings from the national axis or one generated here, a system changed, disabled or given
 * a new secret, and how the polling of the upper axes over VXP stands. A generated secret is shown once, on the page
 * that asked for it, and forgotten by the next action: the axis itself keeps only its digest (and, for VXP, its
 * sealed form).
 */
@Named
@ViewScoped
public class SystemsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ConnectedSystems systems;

    @EJB
    private PeerPolls polls;

    @Inject
    private CurrentUser me;

    private List<SystemView> rows;
    private List<PeerPollView> pollRows;
    private String editing;
    private String systemId;
    private String name;
    private String scopes;
    private List<String> protocols = new ArrayList<>(List.of("SOAP"));
    private String envelopeSignatures = "REQUIRED";

    private String packetReading = "TOLERANT";

    private String pdfSignatures = "REPORTED";
    private Integer requestsPerMinute;
    private String certificateSha256;
    private String secret;
    private transient IssuedSecret issued;

    public List<SystemView> getRows() {
        if (rows == null) {
            rows = systems.list();
        }
        return rows;
    }

    public List<PeerPollView> getPolls() {
        if (pollRows == null) {
            pollRows = polls.polls();
        }
        return pollRows;
    }

    /** Registers the system of the form, or saves the one being changed. */
    public void save() {
        issued = null;
        try {
            if (editing == null) {
                issued = systems.register(registration(null), me.getUsername());
                Pages.done("systems.registered", issued.systemId());
                if (issued.secret() == null) {
                    issued = null;
                }
            } else {
                SystemView current = systems.find(editing);
                systems.update(editing, registration(current.state()), me.getUsername());
                Pages.done("systems.saved", editing);
            }
            clearForm();
            rows = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        } finally {
            secret = null;
        }
    }

    /** Fills the form with a system to change it (its secret is never shown: a new one is issued instead). */
    public void edit(String id) {
        issued = null;
        SystemView system;
        try {
            system = systems.find(id);
        } catch (EdocException refused) {
            Pages.refused(refused);
            return;
        }
        editing = system.systemId();
        systemId = system.systemId();
        name = system.name();
        scopes = String.join("\n", system.scopes());
        protocols = new ArrayList<>(system.protocols());
        envelopeSignatures = system.envelopeSignatures();
        packetReading = system.packetReading();
        pdfSignatures = system.pdfSignatures();
        requestsPerMinute = system.requestsPerMinute();
        certificateSha256 = system.certificateSha256();
    }

    public void cancel() {
        clearForm();
    }

    public void setActive(String id, boolean active) {
        issued = null;
        try {
            SystemView current = systems.find(id);
            systems.update(id, unchanged(current, active ? "ACTIVE" : "DISABLED"), me.getUsername());
            Pages.done(active ? "systems.enabled" : "systems.disabled", id);
            rows = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** A new secret, shown once; the old one stops working at once. */
    public void newSecret(String id) {
        try {
            issued = systems.newSecret(id, me.getUsername());
            Pages.done("systems.secretIssued", id);
            rows = null;
        } catch (EdocException refused) {
            issued = null;
            Pages.refused(refused);
        }
    }

    /** The operator has copied the secret: it leaves the page. */
    public void forgetSecret() {
        issued = null;
    }

    private SystemRegistration registration(String state) {
        return new SystemRegistration(
                systemId == null ? null : systemId.strip(),
                name,
                scopeList(),
                requestsPerMinute,
                blankToNull(certificateSha256),
                state,
                List.copyOf(protocols),
                envelopeSignatures,
                packetReading,
                pdfSignatures,
                editing == null ? blankToNull(secret) : null);
    }

    private static SystemRegistration unchanged(SystemView system, String state) {
        return new SystemRegistration(
                system.systemId(),
                system.name(),
                system.scopes(),
                system.requestsPerMinute(),
                system.certificateSha256(),
                state,
                system.protocols(),
                system.envelopeSignatures(),
                system.packetReading(),
                system.pdfSignatures(),
                null);
    }

    /** One scope a line (or separated by commas or spaces), as an operator pastes them. */
    private List<String> scopeList() {
        if (scopes == null) {
            return List.of();
        }
        return Arrays.stream(scopes.split("[\\s,;]+"))
                .filter(scope -> !scope.isEmpty())
                .toList();
    }

    private void clearForm() {
        editing = null;
        systemId = null;
        name = null;
        scopes = null;
        protocols = new ArrayList<>(List.of("SOAP"));
        envelopeSignatures = "REQUIRED";
        packetReading = "TOLERANT";
        pdfSignatures = "REPORTED";
        requestsPerMinute = null;
        certificateSha256 = null;
        secret = null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public IssuedSecret getIssued() {
        return issued;
    }

    public boolean isEditingSystem() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public List<String> getProtocols() {
        return protocols;
    }

    public void setProtocols(List<String> protocols) {
        this.protocols = protocols == null ? new ArrayList<>() : new ArrayList<>(protocols);
    }

    public String getPdfSignatures() {
        return pdfSignatures;
    }

    public void setPdfSignatures(String pdfSignatures) {
        this.pdfSignatures = pdfSignatures;
    }

    public String getPacketReading() {
        return packetReading;
    }

    public void setPacketReading(String packetReading) {
        this.packetReading = packetReading;
    }

    public String getEnvelopeSignatures() {
        return envelopeSignatures;
    }

    public void setEnvelopeSignatures(String envelopeSignatures) {
        this.envelopeSignatures = envelopeSignatures;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public String getCertificateSha256() {
        return certificateSha256;
    }

    public void setCertificateSha256(String certificateSha256) {
        this.certificateSha256 = certificateSha256;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
