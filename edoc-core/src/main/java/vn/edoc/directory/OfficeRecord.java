package vn.edoc.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One office of the directory as the CSV file and the database hold it. The contact fields are those edXML carries in
 * {@code From}/{@code To}; {@code level} is data (table {@code office_level}), so that a two-level model fits without a
 * code change.
 *
 * @param code the identification code (QCVN 102, or a longer QĐ 20 code)
 * @param secondCode an optional second code (the other form), or {@code null}
 * @param sample whether the office is sample data with a synthetic code
 */
public record OfficeRecord(
        String code,
        String secondCode,
        String name,
        String kind,
        String level,
        String parentCode,
        Contact contact,
        OfficeState state,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> successors,
        Reception reception,
        String pushEndpoint,
        boolean sample) {

    public OfficeRecord {
        Objects.requireNonNull(code);
        Objects.requireNonNull(state);
        Objects.requireNonNull(reception);
        contact = contact == null ? Contact.NONE : contact;
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** The contact fields of edXML's {@code Organization}; any may be {@code null}. */
    public record Contact(
            String organizationInCharge, String address, String email, String telephone, String fax, String website) {
        public static final Contact NONE = new Contact(null, null, null, null, null, null);
    }

    public boolean isActive() {
        return state == OfficeState.ACTIVE;
    }

    public boolean isDissolved() {
        return state == OfficeState.DISSOLVED;
    }
}
