/** Audit log: control. */
package vn.edoc.audit.control;
