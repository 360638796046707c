package vn.edoc.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
    private static final String COMMUNE = "000.01.41.H21";
    private static final List<String> ITS_PARENTS = List.of("000.00.41.H21", "000.00.00.H21");

    @Test
    void theCodeAloneDecidesForEveryOfficeAndForTheOfficeItself() {
        assertThat(Scope.parse("*").containsByCode(COMMUNE)).isTrue();
        assertThat(Scope.parse(COMMUNE).containsByCode(COMMUNE)).isTrue();
        assertThat(Scope.parse(COMMUNE + "/**").containsByCode(COMMUNE)).isTrue();
    }

    @Test
    void aBranchOrALevelNeedsTheDirectory() {
        assertThat(Scope.parse("000.00.41.H21/**").containsByCode(COMMUNE)).isFalse();
        assertThat(Scope.parse("000.00.41.H21/**").contains(COMMUNE, "COMMUNE", ITS_PARENTS))
                .isTrue();
        assertThat(Scope.parse("level:COMMUNE").containsByCode(COMMUNE)).isFalse();
        assertThat(Scope.parse("level:COMMUNE").contains(COMMUNE, "COMMUNE", ITS_PARENTS))
                .isTrue();
    }

    @Test
    void anotherOfficeIsNotContainedByCode() {
        assertThat(Scope.parse("000.02.41.H21").containsByCode(COMMUNE)).isFalse();
        assertThat(Scope.parse("000.02.41.H21").contains(COMMUNE, "COMMUNE", ITS_PARENTS))
                .isFalse();
    }

    @Test
    void aPeerScopeNamesThePeerAndNoOfficeOfTheDirectory() {
        Scope peer = Scope.parse("peer:truc-quoc-gia");
        assertThat(peer.peerId()).contains("truc-quoc-gia");
        assertThat(peer.containsByCode(COMMUNE)).isFalse();
        assertThat(peer.contains(COMMUNE, "COMMUNE", ITS_PARENTS)).isFalse();
        assertThat(Scope.parse(COMMUNE).peerId()).isEmpty();
        assertThatThrownBy(() -> Scope.parse("peer:Trục Quốc Gia"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peer:ID");
        assertThatThrownBy(() -> Scope.parse("peer:")).isInstanceOf(IllegalArgumentException.class);
    }
}
