package vn.edoc.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.directory.Reception;

/** The recipients' tree: the province on top, departments before districts, communes under their district. */
class RecipientTreeTest {
    private static final List<OfficeRecord> OFFICES = List.of(
            office("000.00.41.H21", "UBND thành phố Pleiku", "DISTRICT", "000.00.00.H21"),
            office("000.01.41.H21", "UBND phường Diên Hồng", "COMMUNE", "000.00.41.H21"),
            office("000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai", "DEPARTMENT", "000.00.00.H21"),
            office("000.00.00.H21", "UBND tỉnh Gia Lai", "PROVINCE", null));

    @Test
    void theTreeFollowsTheAdministrativeLevels() {
        TreeNode<RecipientTree.Node> root = RecipientTree.of(OFFICES, "000.00.02.H21", Set.of("000.01.41.H21"));

        TreeNode<RecipientTree.Node> province = root.getChildren().get(0);
        assertThat(province.getData().code()).isEqualTo("000.00.00.H21");
        assertThat(province.isExpanded()).isTrue();
        assertThat(province.getChildren())
                .extracting(n -> n.getData().code())
                .containsExactly("000.00.02.H21", "000.00.41.H21");
        TreeNode<RecipientTree.Node> pleiku = province.getChildren().get(1);
        assertThat(pleiku.getChildren()).singleElement().satisfies(commune -> {
            assertThat(commune.getData().name()).isEqualTo("UBND phường Diên Hồng");
            assertThat(commune.isSelected())
                    .as("a recipient already chosen stays ticked")
                    .isTrue();
        });
    }

    @Test
    void aBranchTickedClosedBringsItsSubtreeAndOneTickedOpenOnlyItself() {
        TreeNode<RecipientTree.Node> root = RecipientTree.of(OFFICES, "000.00.02.H21", Set.of());
        TreeNode<RecipientTree.Node> province = root.getChildren().get(0);
        TreeNode<RecipientTree.Node> pleiku = province.getChildren().get(1);

        assertThat(pleiku.isExpanded()).isFalse();
        assertThat(RecipientTree.picked(pleiku)).containsExactly("000.00.41.H21", "000.01.41.H21");
        pleiku.setExpanded(true);
        assertThat(RecipientTree.picked(pleiku)).containsExactly("000.00.41.H21");
    }

    @Test
    void theBranchOfARecipientAlreadyChosenIsOpen() {
        TreeNode<RecipientTree.Node> root = RecipientTree.of(OFFICES, "000.00.02.H21", Set.of("000.01.41.H21"));

        assertThat(root.getChildren().get(0).getChildren().get(1).isExpanded()).isTrue();
    }

    @Test
    void theSenderCannotBeTicked() {
        TreeNode<RecipientTree.Node> root = RecipientTree.of(OFFICES, "000.00.02.H21", Set.of());

        TreeNode<RecipientTree.Node> sender =
                root.getChildren().get(0).getChildren().get(0);
        assertThat(sender.getData().code()).isEqualTo("000.00.02.H21");
        assertThat(sender.isSelectable()).isFalse();
    }

    private static OfficeRecord office(String code, String name, String level, String parent) {
        return new OfficeRecord(
                code,
                null,
                name,
                "UBND",
                level,
                parent,
                null,
                OfficeState.ACTIVE,
                null,
                null,
                List.of(),
                Reception.PULL,
                null,
                true);
    }
}
