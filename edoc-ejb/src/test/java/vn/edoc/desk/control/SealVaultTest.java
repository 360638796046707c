package vn.edoc.desk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/** The seal vault opens an office's seal with the vault's password, and looks for nothing outside its folder. */
class SealVaultTest {
    private static final Path SEALS = Path.of("..", "signing-keys-sample", "keys", "offices");

    @TempDir
    Path folder;

    @Test
    void theSealOfASampleOfficeOpens() throws IOException {
        SealVault vault = new SealVault(SEALS, Files.writeString(folder.resolve("password"), "edoc-sample\n"));

        assertThat(vault.sealOf("000.00.02.H21")
                        .certificate()
                        .getSubjectX500Principal()
                        .getName())
                .contains("000.00.02.H21");
    }

    @Test
    void anOfficeWithoutASealOrAPathIsRefused() throws IOException {
        SealVault vault = new SealVault(SEALS, Files.writeString(folder.resolve("password"), "edoc-sample"));

        for (String organId : new String[] {"000.00.19.H21", "../vault/nguyen-van-mau", "", null}) {
            assertThat(vault.holds(organId)).as(organId).isFalse();
            assertThatThrownBy(() -> vault.sealOf(organId))
                    .isInstanceOfSatisfying(
                            EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SEAL_NOT_AVAILABLE));
        }
    }
}
