/** The leader signing service and its PIN attempt counter. */
package vn.edoc.signing.boundary;
