/**
 * The one exception hierarchy of edoc: every refusal carries a stable {@link vn.edoc.error.ErrorCode} that maps one to
 * one to a SOAP fault and to a message on the page, in Vietnamese and English.
 */
package vn.edoc.error;
