package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of the signature verification of an accepted packet, as the verifier reported it. */
@Embeddable
public class VerifiedStep {
    @Column(name = "step", nullable = false, updatable = false, length = 30)
    private String step;

    @Column(name = "role", updatable = false, length = 10)
    private String role;

    @Column(name = "outcome", nullable = false, updatable = false, length = 15)
    private String outcome;

    @Column(name = "code", updatable = false, length = 40)
    private String code;

    protected VerifiedStep() {
        // for JPA
    }

    public VerifiedStep(String step, String role, String outcome, String code) {
        this.step = step;
        this.role = role;
        this.outcome = outcome;
        this.code = code;
    }

    public String step() {
        return step;
    }

    public String role() {
        return role;
    }

    public String outcome() {
        return outcome;
    }

    public String code() {
        return code;
    }
}
