/**
 * The edoc client SDK for document-management systems (QLVBĐH). The axis contract's Java types and JAX-WS client are
 * generated from the authored WSDL (module {@code schemas}, package {@code vn.edoc.contract.axis.v1}); this package
 * adds what every integrator would otherwise write again: the connected system's WS-Security UsernameToken on every
 * call, packets streamed as MTOM attachments in both directions, time-outs, a TLS client certificate, the pending
 * list walked page by page and confirmed with the SHA-256 computed on receipt, and faults as one exception carrying
 * the axis's error code.
 */
package vn.edoc.client;
