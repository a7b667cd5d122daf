package cn.yanzhen.platform.deadletters;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.deadletters.DeadLetterTopics.Contents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists this service's dead letters and replays them after a fix (docs/contract.md §6.5). A replay sends
 * each chosen dead letter back to its topic once: it claims the letter in the database, sends it, waits
 * for the broker, and records the claim with the audit entry in one transaction. Readers skip a
 * {@code ce_id} they applied, so a replay changes only what the failure had left undone.
 */
@ApplicationScoped
public class DeadLetterQueues {

    private final DeadLetterTopics topics;
    private final ReplayedDeadLetters replays;
    private final Republisher republisher;
    private final DeadLetterGauges gauges;
    private final AuditTrail audit;

    DeadLetterQueues(DeadLetterTopics topics, ReplayedDeadLetters replays, Republisher republisher,
                     DeadLetterGauges gauges, AuditTrail audit) {
        this.topics = topics;
        this.replays = replays;
        this.republisher = republisher;
        this.gauges = gauges;
        this.audit = audit;
    }

    public DeadLetterViews.Queues list() {
        List<DeadLetterViews.Queue> queues = new ArrayList<>();
        for (String dlq : topics.own()) {
            Contents contents = topics.read(dlq);
            Set<DeadLetter.Position> replayed = replays.of(dlq);
            List<DeadLetterViews.Letter> letters = contents.own().stream()
                    .map(letter -> DeadLetterViews.Letter.of(letter, replayed.contains(letter.position()))).toList();
            long waiting = waiting(contents.own(), replayed);
            gauges.waiting(dlq, waiting);
            queues.add(new DeadLetterViews.Queue(dlq, originOf(dlq), contents.records(), waiting, letters));
        }
        return new DeadLetterViews.Queues(queues);
    }

    /** Replays the dead letters of {@code dlq} not yet replayed; only those of {@code eventId} when given. */
    @Transactional
    public DeadLetterViews.Replay replay(String dlq, String eventId) {
        if (!topics.own().contains(dlq)) {
            throw ProblemException.notFound("本服务没有死信主题 " + dlq + "。 " + dlq + " is not a dead-letter topic of "
                    + "this service; its dead-letter topics are " + topics.own() + ".");
        }
        List<DeadLetter> own = topics.read(dlq).own();
        Set<DeadLetter.Position> replayed = replays.of(dlq);
        long waitingBefore = waiting(own, replayed);
        List<String> sent = new ArrayList<>();
        int alreadyReplayed = 0;
        int withoutCeId = 0;
        for (DeadLetter letter : own) {
            if (eventId != null && !eventId.equals(letter.eventId())) {
                continue;
            }
            if (letter.eventId() == null) {
                withoutCeId++;
            } else if (replayed.contains(letter.position()) || !replays.claim(letter)) {
                alreadyReplayed++;
            } else {
                republisher.send(letter.original());
                sent.add(letter.eventId());
            }
        }
        long waitingAfter = waiting(own, replays.of(dlq));
        audit.record(AuditedChange.of("dead-letters.replay", "dlq", dlq).request(request(eventId))
                .before(Map.of("waiting", waitingBefore)).after(Map.of("waiting", waitingAfter, "replayed", sent)));
        gauges.waiting(dlq, waitingAfter);
        return new DeadLetterViews.Replay(dlq, originOf(dlq), sent, alreadyReplayed, withoutCeId, waitingAfter);
    }

    /** Dead letters a replay can still send: events, not replayed yet. */
    private static long waiting(List<DeadLetter> own, Set<DeadLetter.Position> replayed) {
        return own.stream().filter(letter -> letter.eventId() != null && !replayed.contains(letter.position())).count();
    }

    private static Map<String, Object> request(String eventId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("ceId", eventId);
        return request;
    }

    private static String originOf(String dlq) {
        return dlq.substring(0, dlq.length() - Topic.DLQ_SUFFIX.length());
    }
}
