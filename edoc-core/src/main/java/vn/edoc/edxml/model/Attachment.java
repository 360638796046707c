package vn.edoc.edxml.model;

/**
 * An attached file ({@code AttachmentEncoded/Attachment}).
 *
 * @param contentType the content type on the wire ({@code application/zip} when the file travels zipped)
 * @param content the file's bytes, or {@code null} when the packet's content could not be decoded
 */
public record Attachment(
        String contentId, String attachmentName, String description, String contentType, AttachmentContent content) {}
