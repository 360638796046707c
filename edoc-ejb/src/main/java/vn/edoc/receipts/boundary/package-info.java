/** Issuing and finding receipts. */
package vn.edoc.receipts.boundary;
