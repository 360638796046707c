/**
 * Connected systems: the document-management systems (QLVBĐH) that call the axis over SOAP. Each has an id, a secret
 * the axis generated (only its SHA-256 is kept), optionally a TLS client certificate it must present, the offices it
 * may act for and read (scopes, as in routing rules), and a rate of calls per minute.
 */
package vn.edoc.systems;
