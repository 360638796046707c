package vn.edoc.signature;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** {@link PdfSamples} signed with the sample PKI, made in a test's temporary directory. */
final class SamplePdfs {
    static final Instant SIGNED_AT = PdfSamples.SIGNED_AT;
    static final String TEXT = PdfSamples.TEXT;

    private final PdfSamples samples;

    SamplePdfs(Path directory) {
        samples = new PdfSamples(directory, SamplePki.leader("nguyen-van-mau"), SamplePki.office("000.00.00.H21"));
    }

    Path unsigned() throws IOException {
        return samples.unsigned();
    }

    Path unsignedCompressed() throws IOException {
        return samples.unsignedCompressed();
    }

    Path compressedLeaderThenSeal() throws IOException {
        return samples.compressedLeaderThenSeal();
    }

    Path leaderThenSeal() throws IOException {
        return samples.leaderThenSeal();
    }

    Path leader() throws IOException {
        return samples.leader();
    }

    Path alteredAfterSigning() throws IOException {
        return samples.alteredAfterSigning();
    }

    Path pageChangedInLaterRevision() throws IOException {
        return samples.pageChangedInLaterRevision();
    }

    /** Signed with a sample key that has one defect ({@code expired}, {@code unknown-ca}, {@code revoked}, ...). */
    Path signedWithBad(String defect) throws IOException {
        return samples.signedWith(SamplePki.bad(defect), defect);
    }
}
