package cn.yanzhen.tracking.figures;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.tracking.MovableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What a figures test needs of the test broker (its class is PER_CLASS): events published to the topics tracking
 * reads, and {@code yanzhen.stats} read back; the clock on 2026-01-01 when it starts.
 */
abstract class FiguresOnTheBroker {

    protected EventPublisher publisher;
    protected TopicReader stats;

    @BeforeAll
    void connect() {
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
        stats = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), Topics.STATS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        stats.close();
    }
}
