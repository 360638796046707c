package vn.edoc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** Rules of the code's shape that the build enforces, over the server's classes (edoc-ejb and edoc-core). */
@AnalyzeClasses(packages = "vn.edoc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /**
     * Time comes from a {@link java.time.Clock}: the axis's ({@code AxisClock}, injected) or one a library is given, so
     * that "now" is set in one place. A Flyway migration runs before any bean exists: the sample directory's import is
     * stamped by the system.
     */
    @ArchTest
    static final ArchRule noClassReadsTheSystemClockDirectly = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("vn.edoc.platform.sample.V4_1__Gia_Lai_sample_directory")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now", ZoneId.class)
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callConstructor(Date.class)
            .because("the axis's time is one clock (issue 25): Instant.now(clock), never Instant.now()");

    /** Wire types stop at the boundary: the domain knows no XML binding or web service (those live in edoc-ws). */
    @ArchTest
    static final ArchRule theDomainKnowsNoWireTypes = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.xml.bind..", "jakarta.xml.ws..", "jakarta.jws..", "vn.edoc.contract..")
            .because("contract-first: the generated types and JAX-WS stay in the adapters (edoc-ws, edoc-client)");
}
