/** The desk's logic without a container: writing a draft as an edXML packet, and the seals the axis keeps. */
package vn.edoc.desk.control;
