package vn.edoc.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

class DirectoryChecksTest {
    private static final String HEADER = "code,second_code,name,kind,level,parent_code,state,successors\n";
    private static final Set<String> LEVELS = Set.of("PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE");

    /** The province, a district with two communes, and a department. */
    private static final Map<String, OfficeRecord> EXISTING = existing("""
            000.00.00.H21,,UBND tỉnh Gia Lai,UBND tỉnh,PROVINCE,,,
            000.00.41.H21,,UBND thành phố Pleiku,UBND thành phố,DISTRICT,000.00.00.H21,,
            000.01.41.H21,,UBND phường Diên Hồng,UBND phường,COMMUNE,000.00.41.H21,,
            000.02.41.H21,,UBND phường Hội Thương,UBND phường,COMMUNE,000.00.41.H21,,
            000.00.02.H21,NOIVU-GL,Sở Nội vụ tỉnh Gia Lai,Sở,DEPARTMENT,000.00.00.H21,,
            """);

    @Test
    void aReformInAnyOrderPasses() {
        // the successor comes after its predecessors; the communes move to the province after their district goes
        List<Problem> problems = check("""
                000.00.41.H21,,UBND thành phố Pleiku,UBND thành phố,DISTRICT,000.00.00.H21,DISSOLVED,000.00.00.H21
                000.01.41.H21,,UBND phường Diên Hồng,UBND phường,COMMUNE,000.00.41.H21,DISSOLVED,000.01.60.H21
                000.02.41.H21,,UBND phường Hội Thương,UBND phường,COMMUNE,000.00.41.H21,DISSOLVED,000.01.60.H21
                000.01.60.H21,,UBND phường Pleiku,UBND phường,COMMUNE,000.00.00.H21,ACTIVE,
                000.00.02.H21,NOIVU-GL,Sở Nội vụ và Lao động tỉnh Gia Lai,Sở,DEPARTMENT,000.00.00.H21,,
                """);

        assertThat(problems).isEmpty();
    }

    @Test
    void everyInconsistencyIsReportedOnItsLine() {
        List<Problem> problems = check("""
                000.03.41.H21,,UBND xã Biển Hồ,UBND xã,COMMUNE,000.00.99.H21,,
                000.03.41.H21,,UBND xã Biển Hồ,UBND xã,COMMUNE,000.00.41.H21,,
                000.04.41.H21,,UBND xã Gào,UBND xã,COMMUNE,000.00.02.H21,,
                000.05.41.H21,,UBND xã Chư Á,UBND xã,HAMLET,000.00.41.H21,,
                000.06.41.H21,NOIVU-GL,UBND xã An Phú,UBND xã,COMMUNE,000.00.41.H21,,
                000.07.41.H21,,UBND xã Ia Kênh,UBND xã,COMMUNE,000.00.41.H21,ACTIVE,000.01.41.H21
                000.08.41.H21,,UBND xã Diên Phú,UBND xã,COMMUNE,000.00.41.H21,DISSOLVED,000.99.41.H21
                000.00.41.H21,,UBND thành phố Pleiku,UBND thành phố,DISTRICT,000.00.00.H21,DISSOLVED,
                """);

        assertThat(problems)
                .extracting(Problem::code, Problem::line, Problem::path)
                .containsExactlyInAnyOrder(
                        tuple(ErrorCode.OFFICE_CODE_REPEATED, 3, "code"),
                        tuple(ErrorCode.PARENT_UNKNOWN, 2, "parent_code"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 3, "parent_code"),
                        tuple(ErrorCode.PARENT_INCONSISTENT, 4, "parent_code"),
                        tuple(ErrorCode.LEVEL_UNKNOWN, 5, "level"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 5, "parent_code"),
                        tuple(ErrorCode.SECOND_CODE_TAKEN, 6, "second_code"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 6, "parent_code"),
                        tuple(ErrorCode.SUCCESSOR_NOT_DISSOLVED, 7, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 7, "parent_code"),
                        tuple(ErrorCode.SUCCESSOR_UNKNOWN, 8, "successors"),
                        // the dissolved district keeps six active communes: each is named on the district's line
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"),
                        tuple(ErrorCode.PARENT_NOT_ACTIVE, 9, "state"));
        assertThat(problems).allMatch(p -> p.column() > 0);
    }

    @Test
    void cyclesOfParentsAndOfSuccessorsAreRefused() {
        List<Problem> problems = check("""
                000.00.00.H21,,UBND tỉnh Gia Lai,UBND tỉnh,PROVINCE,000.01.41.H21,,
                000.01.41.H21,,UBND phường Diên Hồng,UBND phường,COMMUNE,000.00.41.H21,DISSOLVED,000.02.41.H21
                000.02.41.H21,,UBND phường Hội Thương,UBND phường,COMMUNE,000.00.41.H21,DISSOLVED,000.01.41.H21
                """);

        assertThat(problems).extracting(Problem::code).contains(ErrorCode.PARENT_CYCLE, ErrorCode.SUCCESSOR_CYCLE);
    }

    private static List<Problem> check(String body) {
        DirectoryCsv.Parsed file = DirectoryCsv.read(HEADER + body);
        assertThat(file.problems()).isEmpty();
        return DirectoryChecks.check(file, EXISTING, LEVELS);
    }

    private static Map<String, OfficeRecord> existing(String body) {
        Map<String, OfficeRecord> offices = new HashMap<>();
        DirectoryCsv.read(HEADER + body)
                .lines()
                .forEach(l -> offices.put(l.office().code(), l.office()));
        return offices;
    }
}
