package cn.yanzhen.platform.messaging;

import cn.yanzhen.platform.cloudevents.CloudEvent;

/** A record read from a topic: its CloudEvents attributes and its payload as the contract's record. */
public record IncomingEvent<T>(CloudEvent envelope, T payload) {

    public String eventId() {
        return envelope.id().toString();
    }

    public String type() {
        return envelope.type();
    }
}
