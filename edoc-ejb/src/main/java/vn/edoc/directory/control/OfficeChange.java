package vn.edoc.directory.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;

/**
 * One entry of an office's history.
 *
 * @param detail what changed, readable by an operator ({@code "UBND xã A → UBND phường A"})
 * @param revision the directory revision that made it; 0 until written
 * @param at when; {@code null} until written
 */
public record OfficeChange(String officeCode, Kind kind, String detail, long revision, Instant at) {
    /** The kinds of change, the reorganisations first. */
    public enum Kind {
        CREATED,
        RENAMED,
        MOVED,
        DISSOLVED,
        SUSPENDED,
        REACTIVATED,
        /** Other fields: codes, contact, reception, validity, successors. */
        UPDATED
    }

    static OfficeChange of(String code, Kind kind, String detail) {
        return new OfficeChange(code, kind, detail, 0, null);
    }

    /** The changes that turn {@code before} into {@code after}; {@code before} is {@code null} for a new office. */
    static List<OfficeChange> between(OfficeRecord before, OfficeRecord after) {
        String code = after.code();
        if (before == null) {
            return List.of(of(code, Kind.CREATED, after.name()));
        }
        List<OfficeChange> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add(of(code, Kind.RENAMED, before.name() + " → " + after.name()));
        }
        if (!Objects.equals(before.parentCode(), after.parentCode())) {
            changes.add(of(code, Kind.MOVED, before.parentCode() + " → " + after.parentCode()));
        }
        if (before.state() != after.state()) {
            changes.add(stateChange(code, after));
        }
        List<String> others = otherFields(before, after);
        if (!others.isEmpty()) {
            changes.add(of(code, Kind.UPDATED, String.join(", ", others)));
        }
        return changes;
    }

    private static OfficeChange stateChange(String code, OfficeRecord after) {
        if (after.state() == OfficeState.DISSOLVED) {
            return of(code, Kind.DISSOLVED, "→ " + String.join(", ", after.successors()));
        }
        return of(code, after.state() == OfficeState.SUSPENDED ? Kind.SUSPENDED : Kind.REACTIVATED, null);
    }

    private static List<String> otherFields(OfficeRecord before, OfficeRecord after) {
        List<String> fields = new ArrayList<>();
        field(fields, "second_code", before.secondCode(), after.secondCode());
        field(fields, "kind", before.kind(), after.kind());
        field(fields, "level", before.level(), after.level());
        field(fields, "contact", before.contact(), after.contact());
        field(fields, "valid_from", before.validFrom(), after.validFrom());
        field(fields, "valid_to", before.validTo(), after.validTo());
        field(fields, "successors", before.successors(), after.successors());
        field(fields, "receives", before.reception(), after.reception());
        field(fields, "push_endpoint", before.pushEndpoint(), after.pushEndpoint());
        field(fields, "sample", before.sample(), after.sample());
        return fields;
    }

    private static void field(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
