package cn.yanzhen.platform.deadletters;

import java.time.Instant;
import java.util.List;

/** What {@code /api/admin/dead-letters} answers (docs/contract.md §6.5). */
public final class DeadLetterViews {

    private DeadLetterViews() {
    }

    /** This service's dead-letter topics. */
    public record Queues(List<Queue> items) {
    }

    /**
     * One dead-letter topic: how many records it holds (every service's), how many of this service's wait
     * for a replay, and this service's dead letters, oldest first per partition.
     */
    public record Queue(String dlq, String topic, long records, long waiting, List<Letter> letters) {
    }

    public record Letter(int partition, long offset, String ceType, String ceId, String reason,
                         Instant deadLetteredAt, boolean replayed) {

        static Letter of(DeadLetter letter, boolean replayed) {
            return new Letter(letter.record().partition(), letter.record().offset(), letter.type(), letter.eventId(),
                    letter.reason(), letter.deadLetteredAt(), replayed);
        }
    }

    /**
     * What a replay did: the {@code ce_id}s it sent back to {@code topic}, in order; how many of the chosen
     * dead letters an earlier replay had sent; how many it could not send because they carry no
     * {@code ce_id} (they were never events); and how many still wait.
     */
    public record Replay(String dlq, String topic, List<String> replayed, int alreadyReplayed, int withoutCeId,
                         long waiting) {
    }
}
