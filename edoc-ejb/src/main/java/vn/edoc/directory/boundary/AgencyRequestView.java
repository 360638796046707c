package vn.edoc.directory.boundary;

import java.time.Instant;
import vn.edoc.directory.entity.AgencyRequest;

/** A request to change the directory, as operators see it. */
public record AgencyRequestView(
        long id,
        String kind,
        String code,
        String parentCode,
        String name,
        String email,
        String telephone,
        String fax,
        String systemId,
        String state,
        Instant requestedAt,
        Instant decidedAt,
        String decidedBy) {

    static AgencyRequestView of(AgencyRequest r) {
        return new AgencyRequestView(
                r.id(),
                r.kind().name(),
                r.agencyCode(),
                r.parentCode(),
                r.name(),
                r.email(),
                r.telephone(),
                r.fax(),
                r.systemId(),
                r.state().name(),
                r.requestedAt(),
                r.decidedAt(),
                r.decidedBy());
    }
}
