/** The desk's tables: its users and roles, and outgoing drafts with their attachments and history. */
package vn.edoc.desk.entity;
