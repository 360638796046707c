package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateOfficeTest {
    @Test
    void theSamplePkisLeadersNameTheirOfficeInUid() {
        assertThat(CertificateOffice.of(SamplePki.leader("le-van-hung").certificate()))
                .contains("000.00.41.H21");
    }

    @Test
    void anOfficeCodeInOuCountsWhenUidHasNone() {
        assertThat(CertificateOffice.ofSubject("CN=Nguyễn Văn A,OU=000.00.02.H21,O=Sở Nội vụ,C=VN"))
                .contains("000.00.02.H21");
    }

    @Test
    void aPersonalNumberOrTaxCodeNamesNoOffice() {
        // the Government CA's personal certificates: identity card or tax number in UID
        assertThat(CertificateOffice.ofSubject(
                        "CN=Trần Văn B,0.9.2342.19200300.100.1.1=#0c0e434d4e443a313233343536373839"))
                .isEmpty();
        assertThat(CertificateOffice.ofSubject("CN=Trần Văn B,UID=MST:0101234567,OU=Văn phòng,C=VN"))
                .isEmpty();
        assertThat(CertificateOffice.ofSubject("not a name")).isEmpty();
    }
}
