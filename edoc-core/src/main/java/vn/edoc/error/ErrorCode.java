package vn.edoc.error;

/**
 * Stable error codes. Clients program against these names: never rename or reuse one, only add. docs/integrators/error-codes.md lists
 * them with their meaning; the messages live in {@code vn/edoc/error/messages*.properties}.
 */
public enum ErrorCode {
    /** The request lacks a field it needs, or a field is out of range. */
    REQUEST_INVALID,
    /** The packet has no bytes. */
    PACKET_EMPTY,
    /** The packet is larger than the axis accepts. */
    PACKET_TOO_LARGE,
    /** A packet sent inline (base64 in the SOAP body) over the inline limit: send it as an MTOM attachment. */
    INLINE_TOO_LARGE,
    /** The SOAP envelope itself cannot be read (a DTD, nesting too deep, a character XML forbids, not XML). */
    ENVELOPE_INVALID,
    /** The packet is not well-formed XML (the message names line and column). */
    PACKET_NOT_WELL_FORMED,
    /** The packet carries a document type declaration; DTDs and entities are never processed. */
    PACKET_DTD_FORBIDDEN,
    /** The root element is not {@code edXML} in the QCVN 102:2016 namespace. */
    PACKET_WRONG_NAMESPACE,
    /** Elements are nested deeper than the reader allows. */
    PACKET_TOO_DEEP,
    /** The packet has more elements than the reader allows. */
    PACKET_TOO_MANY_ELEMENTS,
    /** The packet has several problems; each is listed with its own code. */
    PACKET_INVALID,
    /** The axis does not accept this kind of packet through this operation. */
    PACKET_KIND_NOT_ACCEPTED,
    /** A required element is missing or empty. */
    FIELD_REQUIRED,
    /** An element that may appear once appears again. */
    FIELD_REPEATED,
    /** A field is longer than the standard allows. */
    FIELD_TOO_LONG,
    /** A date is not a real date in the form {@code yyyy/MM/dd}. */
    DATE_INVALID,
    /** A time stamp is not a real time in the form {@code yyyy/MM/dd HH:mm:ss}. */
    TIMESTAMP_INVALID,
    /** A number is not a whole number of the allowed digits. */
    NUMBER_INVALID,
    /** A coded field holds a value outside its code list. */
    VALUE_NOT_ALLOWED,
    /** An office identification code is not of the QCVN 102 / QĐ 20 form. */
    ORGAN_ID_INVALID,
    /** A DocumentId is not of the form {@code OrganId,yyyy/MM/dd,Number/Notation}. */
    DOCUMENT_ID_INVALID,
    /** An attachment's content is not base64. */
    ATTACHMENT_NOT_BASE64,
    /** An attachment labelled as a zip is not a readable zip holding exactly one file. */
    ATTACHMENT_ZIP_INVALID,
    /** An attachment is larger than the reader allows. */
    ATTACHMENT_TOO_LARGE,
    /** An attachment's name could not be used as a file name (a path, or control characters). */
    ATTACHMENT_NAME_INVALID,
    /** Two attachments share a ContentId. */
    ATTACHMENT_ID_REPEATED,
    /** A manifest reference names no attachment, or an attachment is missing from the manifest. */
    ATTACHMENT_NOT_IN_MANIFEST,
    /** The manifest references an attachment the packet does not carry. */
    MANIFEST_REFERENCE_UNMATCHED,
    /** A signature the packet needs is not there (the argument names whose). */
    SIGNATURE_MISSING,
    /** An element named Signature is not in the XML-DSig namespace (the national SDK's placeholder). */
    SIGNATURE_NOT_XMLDSIG,
    /** A signature is not where the standard puts it, is repeated, or is of an unknown role. */
    SIGNATURE_MISPLACED,
    /** A signature could not be read as XML-DSig. */
    SIGNATURE_MALFORMED,
    /** A signature, digest or canonicalisation method, or a certificate's signature, is not on the allow-list. */
    SIGNATURE_ALGORITHM_FORBIDDEN,
    /** The signing key is shorter than allowed (RSA 2048, EC 256 bits). */
    SIGNATURE_KEY_TOO_SHORT,
    /** A signature does not cover exactly the packet processed (references or transforms). */
    SIGNATURE_COVERAGE_WRONG,
    /** The signature value or a digest does not match: the packet was changed after signing, or the key is not the one. */
    SIGNATURE_VALUE_INVALID,
    /** A signature carries no certificate. */
    CERTIFICATE_MISSING,
    /** No path from the certificate to a configured trust anchor. */
    CERTIFICATE_UNTRUSTED,
    /** The certificate had expired at signing time. */
    CERTIFICATE_EXPIRED,
    /** The certificate was not yet valid at signing time. */
    CERTIFICATE_NOT_YET_VALID,
    /** The certificate may not sign (key usage). */
    CERTIFICATE_KEY_USAGE,
    /** The certificate is revoked. */
    CERTIFICATE_REVOKED,
    /** No configured CRL speaks for the certificate's issuer (hard-fail policy). */
    REVOCATION_UNKNOWN,
    /** The agency's certificate is not a registered seal of the sending office. */
    SIGNER_NOT_SENDER,
    /** The leader's certificate does not name the person in SignerInfo/FullName. */
    SIGNER_NOT_NAMED,
    /** The leader's certificate (or the vault) names another office than the packet's sender. */
    SIGNER_NOT_OF_SENDER,
    /** The axis has no usable trust configuration, so it cannot verify and accepts nothing. */
    TRUST_NOT_CONFIGURED,
    /** The remote signing service has no vault folder configured. */
    SIGNING_NOT_CONFIGURED,
    /** No key in the signing vault for this leader. */
    LEADER_UNKNOWN,
    /** The vault records no office for the leader, so nobody may ask for their signature. */
    LEADER_OFFICE_UNKNOWN,
    /** The PIN does not open the leader's key (the message says how many attempts are left). */
    PIN_WRONG,
    /** The leader's key is locked after too many wrong PINs; an operator unlocks it. */
    PIN_LOCKED,
    /** Too many failed log-ins in a row for this name or from this address: refused until the lock ends. */
    LOGIN_LOCKED,
    /** The sending office is not an active office of the directory. */
    SENDER_UNKNOWN,
    /** A recipient is not an active office of the directory. */
    RECIPIENT_UNKNOWN,
    /** The office named in the request is not an active office of the directory. */
    OFFICE_UNKNOWN,
    /** The sender already sent another packet with the same DocumentId. */
    DOCUMENT_ID_REUSED,
    /** No such packet, or the office asking is neither its sender nor one of its recipients. */
    PACKET_NOT_FOUND,
    /** The SHA-256 the recipient computed differs from that of the stored packet. */
    DIGEST_MISMATCH,
    /** A directory file has several problems; each is listed with its line, column and code. */
    DIRECTORY_FILE_INVALID,
    /** A directory file holds more bytes or lines than the axis takes in one import (configurable). */
    DIRECTORY_FILE_TOO_LARGE,
    /** The import would make the directory hold more offices than {@code edoc.directory.max-offices}. */
    DIRECTORY_FULL,
    /** The office cannot be removed: documents, users, systems or other offices refer to it; dissolve it instead. */
    OFFICE_IN_USE,
    /** A directory file is not readable CSV (an unclosed quote, for instance), or is not UTF-8. */
    CSV_MALFORMED,
    /** A directory file's header lacks a required column or names an unknown one. */
    CSV_HEADER_INVALID,
    /** A line of a directory file has more or fewer fields than the header. */
    CSV_FIELD_COUNT,
    /** An office code is not of the QCVN 102 form (or a longer QĐ 20 code of at most 35 characters). */
    OFFICE_CODE_INVALID,
    /** Two lines of a directory file describe the same office. */
    OFFICE_CODE_REPEATED,
    /** A second code is already the code or second code of another office. */
    SECOND_CODE_TAKEN,
    /** A date in a directory file is not a real date written yyyy-MM-dd. */
    CSV_DATE_INVALID,
    /** An office's validity ends before it starts. */
    VALIDITY_REVERSED,
    /** An e-mail address is not of the form name@domain. */
    EMAIL_INVALID,
    /** Directory file: a telephone or fax number holds more than digits, spaces and {@code + ( ) . - / , ;}. */
    PHONE_INVALID,
    /** Directory file: a website that is not an http(s) address or a host name. */
    WEBSITE_INVALID,
    /** A push endpoint is missing for an office that receives by push, or is not an http(s) URL. */
    PUSH_ENDPOINT_INVALID,
    /** The administrative level is not one the directory knows (table office_level). */
    LEVEL_UNKNOWN,
    /** The parent office is neither in the directory nor in the file. */
    PARENT_UNKNOWN,
    /** The office's code does not fit under its parent's code (QCVN 102 groups). */
    PARENT_INCONSISTENT,
    /** Following the parents leads back to the office itself. */
    PARENT_CYCLE,
    /** An active office sits under a dissolved one. */
    PARENT_NOT_ACTIVE,
    /** A successor is neither in the directory nor in the file, or is the office itself. */
    SUCCESSOR_UNKNOWN,
    /** Only a dissolved office has successors. */
    SUCCESSOR_NOT_DISSOLVED,
    /** Following successors leads back to the office itself. */
    SUCCESSOR_CYCLE,
    /** A routing rule forbids this sender to send to this recipient. */
    RECIPIENT_NOT_ALLOWED,
    /** A routing rule or peer route is malformed (scope, effect or endpoint). */
    ROUTING_RULE_INVALID,
    /** This status may not follow the recipient's earlier ones (the message names both). */
    STATUS_TRANSITION_ILLEGAL,
    /** The office reporting the status is not a recipient (or, for 13, the sender) of the document it names. */
    STATUS_NOT_PARTY,
    /** The status or change names a document the axis does not know (ResponseFor, or Bussiness/DocumentId). */
    ORIGINAL_NOT_FOUND,
    /** A receipt does not verify with the axis certificate, or is not a receipt (the message says why). */
    RECEIPT_INVALID,
    /** The axis has no receipt key configured, so it cannot attest what it accepts and accepts nothing. */
    RECEIPTS_NOT_CONFIGURED,
    /** The packet's bytes were purged after the retention period; its trace and receipts remain. */
    PACKET_PURGED,
    /** Another puller of the same office holds this copy under a lease that has not ended. */
    DELIVERY_LEASED,
    /** No delivery has this number. */
    DELIVERY_NOT_FOUND,
    /** The operator's action does not apply to the delivery in its present state (the message says which). */
    DELIVERY_ACTION_ILLEGAL,
    /** The call carries no WS-Security UsernameToken naming a connected system. */
    AUTHENTICATION_REQUIRED,
    /** No connected system has this id and secret (which of the two is wrong is not said). */
    AUTHENTICATION_FAILED,
    /** The connected system is disabled by an operator. */
    SYSTEM_DISABLED,
    /**
     * A PasswordText token on a call that did not come over TLS: the secret crossed the network readable. Refused
     * unless the operator allows it ({@code edoc.ws.password-text-without-tls}); a PasswordDigest needs no TLS.
     */
    PASSWORD_TEXT_NEEDS_TLS,
    /** The UsernameToken's Nonce or Created is missing or malformed where the token needs them (PasswordDigest). */
    TOKEN_INVALID,
    /** The UsernameToken was created outside the window the axis accepts (too old, or too far in the future). */
    TOKEN_EXPIRED,
    /** The UsernameToken's nonce was used before: the call is a replay of an earlier one. */
    TOKEN_REPLAYED,
    /** The connected system must present its registered TLS client certificate, and this call did not. */
    CLIENT_CERTIFICATE_REQUIRED,
    /** The connected system is not registered for the office it acts for or reads. */
    OFFICE_NOT_AUTHORIZED,
    /** The connected system made more calls than its rate allows; the message says when to try again. */
    RATE_LIMITED,
    /** Operators' API: no connected system has this id. */
    SYSTEM_NOT_FOUND,
    /** Operators' API: a connected system with this id exists already. */
    SYSTEM_EXISTS,
    /** Web UI: the office has no outgoing draft with this number. */
    DRAFT_NOT_FOUND,
    /** Web UI: the draft is in a state where this step does not apply (the message says which). */
    DRAFT_STATE_ILLEGAL,
    /** Web UI: a field the document needs before it is written as a packet is empty or wrong (named). */
    DRAFT_INCOMPLETE,
    /** Web UI: the axis keeps no seal (agency key) for the office, so the desk cannot seal for it. */
    SEAL_NOT_AVAILABLE,
    /** Web UI: the document is not one the office received (or it was withdrawn). */
    INCOMING_NOT_FOUND,
    /** A seal to register is not one valid X.509 certificate naming the office (the message says why). */
    SEAL_CERTIFICATE_INVALID,
    /** A call carried a peer axis's trace header but does not come from the peer axis the trace names last. */
    FORWARDING_NOT_ALLOWED,
    /** A forwarded packet would go back to an axis it already crossed. */
    FORWARDING_LOOP,
    /** National protocol (VXP): the body is not the file whose SHA-256 the signed {@code hash-file} header names. */
    BODY_HASH_MISMATCH,
    /** National protocol (VXP): the call names an operation the protocol does not have. */
    OPERATION_UNKNOWN,
    /** The connected system is not registered for the protocol it called in (SOAP or VXP). */
    PROTOCOL_NOT_ALLOWED,
    /**
     * National protocol (VXP): {@code updateStatus} takes {@code processing}, {@code done} or {@code fail}; a business
     * status travels as a status packet ({@code sendEdoc} with {@code messagetype=status}).
     */
    COPY_STATUS_UNSUPPORTED,
    /** The axis has no key to keep connected systems' secrets encrypted ({@code edoc.systems.secret-key-file}). */
    SECRETS_NOT_CONFIGURED,
    /** Operators' API: no request to change the directory has this number, or it was decided already. */
    AGENCY_REQUEST_NOT_FOUND,
    /**
     * Operators' API: a change asked from another site's page (its {@code Origin} or {@code Referer}) or in a body a
     * plain HTML form can send (form fields, {@code text/plain}): what a forged cross-site request looks like.
     */
    CROSS_SITE_REQUEST,
    /**
     * Operators' API: a purge may only name a time at least the retention period ({@code edoc.retention.days}) ago;
     * with no period set (0), packets are kept for ever and nothing is purged.
     */
    PURGE_BEFORE_RETENTION,
    /** An attachment that is a PDF (by its first bytes) cannot be read as one; its signatures cannot be checked. */
    PDF_UNREADABLE,
    /** A signature in a PDF cannot be read: its CMS is damaged, or of a kind the axis does not check. */
    PDF_SIGNATURE_UNREADABLE,
    /** A signature in a PDF does not match the bytes it says it covers, or its value is wrong for its certificate. */
    PDF_SIGNATURE_INVALID,
    /** A PDF was changed after a signature: a later revision changes what its pages show. */
    PDF_CHANGED_AFTER_SIGNING,
    /** The time stamp of a signature in a PDF does not stamp that signature, or is not signed by its authority. */
    PDF_TIMESTAMP_INVALID,
    /** The sending system must send document attachments signed in the PDF, and an attachment has no valid signature. */
    PDF_SIGNATURE_REQUIRED,
    /**
     * The leader's envelope signature leaves the attachments' content to the signatures inside the PDFs (the form the
     * desk writes so that the seal can follow in the PDF), and an attachment is not a PDF validly signed by that same
     * leader's certificate.
     */
    CONTENT_NOT_SIGNED_IN_PDF,
    /** An unexpected failure of the axis; nothing was changed. The message names the incident in the axis's log. */
    INTERNAL_ERROR;

    /**
     * Whether the axis, not the request, is at fault: the same request may succeed later (after an operator configured
     * what is missing, or the incident is over). Every other code means the request itself is refused and sending it
     * again unchanged fails again. SOAP says it in the fault code ({@code Server.} or {@code Client.}).
     */
    public boolean isServerSide() {
        return switch (this) {
            case INTERNAL_ERROR,
                    TRUST_NOT_CONFIGURED,
                    RECEIPTS_NOT_CONFIGURED,
                    SIGNING_NOT_CONFIGURED,
                    SECRETS_NOT_CONFIGURED -> true;
            default -> false;
        };
    }
}
