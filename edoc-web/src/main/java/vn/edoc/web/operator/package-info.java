/** The operators' pages: dashboard, delivery monitor, audit log search and the directory tree. */
package vn.edoc.web.operator;
