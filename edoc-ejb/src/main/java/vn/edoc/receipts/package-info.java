/**
 * Receipts: the axis signs, with its own key, a receipt for every packet it accepts (the SHA-256 of the exact bytes,
 * the time, the axis) and for every delivery a recipient confirms. A sender keeps them as proof, verifiable offline
 * with the axis's certificate ({@code vn.edoc.signature.ReceiptVerifier}).
 */
package vn.edoc.receipts;
