package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.receipts.entity.StoredReceipt;
import vn.edoc.signature.Receipt;

/** A receipt the axis signed, as a caller receives it: the signed XML and what it is about. */
public record SignedReceiptCopy(
        String receiptId, Receipt.Kind kind, String recipientId, Instant issuedAt, byte[] signedXml) {
    static SignedReceiptCopy of(StoredReceipt stored) {
        return new SignedReceiptCopy(
                stored.receiptId(), stored.kind(), stored.recipientId(), stored.issuedAt(), stored.signedXml());
    }
}
