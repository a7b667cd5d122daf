package cn.yanzhen.intake.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of tests that check what intake published: one topic reader for the whole class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadsSigningsTopic {

    SigningsTopic topic;

    @BeforeAll
    void openTopic() {
        topic = new SigningsTopic();
    }

    @AfterAll
    void closeTopic() {
        topic.close();
    }
}
