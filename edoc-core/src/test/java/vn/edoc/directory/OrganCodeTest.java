package vn.edoc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganCodeTest {
    @ParameterizedTest
    @CsvSource({
        "000.00.00.H21, 1", // UBND tỉnh Gia Lai
        "000.00.05.H21, 2", // a department
        "000.07.05.H21, 3", // a commune under a district
        "001.07.05.H21, 4",
        "000.00.00.G22, 1", // Văn phòng Chính phủ
        "000.00.00.K21, 1"
    })
    void qcvn102CodesHaveTheirLevel(String code, int level) {
        OrganCode parsed = OrganCode.parse(code).orElseThrow();

        assertThat(parsed.isQcvn102()).isTrue();
        assertThat(parsed.level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "H21.2.000635", // QĐ 20/2020 style codes are not QCVN 102 but are allowed
                "G22-VPCP-001",
                "0123456789", // an enterprise's tax code (QĐ 20 Art. 5)
                "A1.B2.C3.D4.E5_F6-G7.H8.I9.J10.K11X" // 35 characters
            })
    void longCodesAreAllowedWithoutStructure(String code) {
        OrganCode parsed = OrganCode.parse(code).orElseThrow();

        assertThat(parsed.isQcvn102()).isFalse();
        assertThat(parsed.level()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // empty
                "000.0.05.H21", // QCVN 102 shape with a short group: a typo, not a long code
                "000.00.05.h21", // level-1 letter in lower case
                "000.00.05.H2", // level-1 group too short
                "000.05.00.H21", // level 3 used below an unused level 2
                "005.00.00.H21",
                "000.00.00.H21.", // a trailing dot
                "H21..01", // an empty group
                ".000.00.H21",
                "000 00 00 H21",
                "Sở Nội vụ",
                "A1.B2.C3.D4.E5_F6-G7.H8.I9.J10.K11.L" // 36 characters
            })
    void malformedCodesAreRefused(String code) {
        assertThat(OrganCode.isValid(code)).as(code).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "000.00.05.H21, 000.00.00.H21, true", // department under the province
        "000.07.41.H21, 000.00.41.H21, true", // commune under its district
        "000.07.41.H21, 000.00.00.H21, true", // the same commune under the province after the 2025 reform
        "001.07.41.H21, 000.07.41.H21, true",
        "000.07.41.H21, 000.00.42.H21, false", // under another district
        "000.00.05.H21, 000.00.00.H22, false", // under another province
        "000.00.00.H21, 000.00.05.H21, false", // the province under a department
        "000.00.05.H21, 000.00.05.H21, false", // itself
        "000.07.41.H21, 000.00.07.H21, false", // same digits at the wrong level
        "G22-VPCP-001, 000.00.00.G22, true" // a long code carries no structure to check
    })
    void aCodeFitsUnderItsParent(String child, String parent, boolean fits) {
        OrganCode code = OrganCode.parse(child).orElseThrow();

        assertThat(code.fitsUnder(OrganCode.parse(parent).orElseThrow())).isEqualTo(fits);
    }
}
