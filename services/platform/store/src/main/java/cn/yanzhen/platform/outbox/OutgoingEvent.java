package cn.yanzhen.platform.outbox;

import cn.yanzhen.contracts.Topic;

/** An event to publish: where, of which CloudEvents type, under which key (also its subject), and what. */
public record OutgoingEvent(Topic topic, String type, String key, Object payload) {

    public OutgoingEvent {
        if (!topic.eventTypes().contains(type)) {
            throw new IllegalArgumentException(type + " is not carried by " + topic.name());
        }
    }
}
