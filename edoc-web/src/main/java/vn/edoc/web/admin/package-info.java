/**
 * The operators' HTTP interface under {@code /edoc/api}: the directory file in and out, the routing files, an
 * office's history. Every call needs the {@code operator} role (docs/operators/directory.md); refusals carry the same
 * codes and messages as the SOAP faults.
 */
package vn.edoc.web.admin;
