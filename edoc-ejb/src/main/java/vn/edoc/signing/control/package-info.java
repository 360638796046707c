/** Opening a leader's key in the vault with a PIN. */
package vn.edoc.signing.control;
