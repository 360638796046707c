/** Audit log: boundary. */
package vn.edoc.audit.boundary;
