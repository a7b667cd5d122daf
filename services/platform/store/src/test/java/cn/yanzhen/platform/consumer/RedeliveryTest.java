package cn.yanzhen.platform.consumer;

import cn.yanzhen.platform.messaging.PoisonRecordException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedeliveryTest {

    private static final Duration NO_PAUSE = Duration.ofMillis(1);

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "40001", "40P01", "57P01", "57P02", "57P03", "53000", "53300", "25006"})
    void aDatabaseRestartingFailingOverOrFullIsTransient(String sqlState) {
        RuntimeException failure = new IllegalStateException("wrapped", new SQLException("server said no", sqlState));

        assertThat(Redelivery.isTransient(failure)).isTrue();
    }

    @Test
    void aPoolWithNoConnectionFreeInTimeIsTransient() {
        assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "22P02", "42P01"})
    void aBrokenRowOrStatementIsNot(String sqlState) {
        assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("no", sqlState)))).isFalse();
    }

    @Test
    void transientFailuresDoNotCountAsTries() {
        AtomicInteger calls = new AtomicInteger();
        Runnable effect = () -> {
            int call = calls.incrementAndGet();
            if (call <= 20) {
                throw new IllegalStateException(new SQLException("database restarting", "57P03"));
            }
            if (call <= 24) {
                throw new IllegalStateException("unexpected " + call);
            }
        };

        Redelivery.retry("twenty transient failures and four others", effect, 5, NO_PAUSE, NO_PAUSE);

        assertThat(calls).hasValue(25);
    }

    @Test
    void theFifthUnexpectedFailureIsPoisonWhateverCameBetween() {
        AtomicInteger calls = new AtomicInteger();
        Runnable effect = () -> {
            int call = calls.incrementAndGet();
            if (call % 2 == 0) {
                throw new IllegalStateException(new SQLException("connection lost", "08006"));
            }
            throw new IllegalStateException("unexpected " + call);
        };

        assertThatThrownBy(() -> Redelivery.retry("alternating failures", effect, 5, NO_PAUSE, NO_PAUSE))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("failed 5 times");
        assertThat(calls).hasValue(9);
    }
}
