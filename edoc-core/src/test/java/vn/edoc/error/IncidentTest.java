package vn.edoc.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:02:03Z"), ZoneOffset.UTC);

    @Test
    void anIncidentIsLoggedOnceWithItsCauseUnderTheIdItsRefusalNames() {
        Logger log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        List<LogRecord> logged = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        IllegalStateException cause = new IllegalStateException("disk full");

        EdocException refusal = Incident.internalError(log, "a test call", cause, CLOCK);

        assertThat(refusal.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        String id = refusal.message(Locale.ENGLISH).replaceAll(".*incident (\\S+) to.*", "$1");
        assertThat(id).startsWith("20261207T010203Z-").hasSize(25);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).isEqualTo("Incident " + id + ": unexpected failure of a test call");
            assertThat(record.getThrown()).isSameAs(cause);
        });
    }

    @Test
    void idsOfTheSameSecondDiffer() {
        assertThat(Incident.newId(CLOCK)).isNotEqualTo(Incident.newId(CLOCK));
    }
}
