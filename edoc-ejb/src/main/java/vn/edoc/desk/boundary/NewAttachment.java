package vn.edoc.desk.boundary;

/** A file a clerk uploads to a draft. */
public record NewAttachment(String fileName, String contentType, byte[] bytes) {
    public long size() {
        return bytes.length;
    }
}
