package vn.edoc.signature;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The office a certificate names, if it names one: a value of its subject's {@code UID} or {@code OU} in the form of
 * the national office codes ({@code 000.00.00.H21}, Quyết định 20/2020/QĐ-TTg). Only that form counts: the personal
 * certificates the Government CA issues carry {@code UID=CMND:...} or a tax number there, which name no office.
 */
public final class CertificateOffice {
    private static final Pattern OFFICE_CODE = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}");
    private static final String UID_OID = "0.9.2342.19200300.100.1.1";

    private CertificateOffice() {}

    /** The office code in the subject's UID, else in its OU; empty when the certificate names no office. */
    public static Optional<String> of(X509Certificate certificate) {
        return ofSubject(certificate.getSubjectX500Principal().getName());
    }

    /** As {@link #of}, for a subject in RFC 2253 form. */
    static Optional<String> ofSubject(String subject) {
        Optional<String> uid = valueOf(subject, "UID", UID_OID);
        return uid.isPresent() ? uid : valueOf(subject, "OU");
    }

    private static Optional<String> valueOf(String subject, String... types) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                for (String type : types) {
                    String value = rdn.getValue() instanceof String text ? text.strip() : "";
                    if (rdn.getType().equalsIgnoreCase(type)
                            && OFFICE_CODE.matcher(value).matches()) {
                        return Optional.of(value);
                    }
                }
            }
        } catch (InvalidNameException e) {
            // an unreadable subject names no office
        }
        return Optional.empty();
    }
}
