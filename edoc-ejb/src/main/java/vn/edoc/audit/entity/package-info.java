/** Audit log: entity. */
package vn.edoc.audit.entity;
