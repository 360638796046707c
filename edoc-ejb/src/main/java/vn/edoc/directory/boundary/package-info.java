/** The directory's entry points for the other features. */
package vn.edoc.directory.boundary;
