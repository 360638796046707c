/**
 * Retention: packets older than the configured period lose their bytes; what proves what happened (the packet's row
 * with its SHA-256, its deliveries and statuses, the receipts, the audit log) stays.
 */
package vn.edoc.retention;
