package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import vn.edoc.edxml.write.EdxmlWriter;
import vn.edoc.error.Problem;

/**
 * Coverage-guided fuzzing of the reader with Jazzer, starting from the national SDK's samples and our fixtures (the
 * seeds in {@code PacketFuzzTestInputs}). Whatever the bytes: no exception and no hang, every problem coded with a
 * message in both languages, and a packet found valid writes and reads back as the same packet.
 *
 * <p>{@code mvn test} replays the seeds and any saved finding; the build's {@code fuzz} execution fuzzes for the time
 * below.
 */
class PacketFuzzTest {
    private static final EdxmlReader READER = new EdxmlReader(ReadLimits.defaults()
            .withMaxPacketBytes(1 << 20)
            .withMaxAttachmentBytes(1 << 20)
            .withMaxElements(5_000));
    private static final EdxmlWriter WRITER = new EdxmlWriter();

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesIntoAPacketOrCodedProblems(byte[] bytes) {
        try (ReadResult result = READER.read(bytes)) {
            assertThat(result.isValid() || !result.problems().isEmpty()).isTrue();
            for (Problem problem : result.problems()) {
                assertThat(problem.code()).isNotNull();
                assertThat(problem.message(Locale.ENGLISH)).isNotBlank();
                assertThat(problem.message(Locale.forLanguageTag("vi"))).isNotBlank();
            }
            if (result.isValid()) {
                ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                WRITER.write(result.packet(), rewritten);
                try (ReadResult again = READER.read(rewritten.toByteArray())) {
                    // written canonical: no error, no forgiven form; an empty required element stays empty
                    assertThat(again.errors()).isEmpty();
                    assertThat(again.warnings())
                            .allSatisfy(w -> assertThat(w.code()).isEqualTo(vn.edoc.error.ErrorCode.FIELD_REQUIRED));
                    assertThat(again.packet()).isEqualTo(result.packet());
                }
            }
        }
    }
}
