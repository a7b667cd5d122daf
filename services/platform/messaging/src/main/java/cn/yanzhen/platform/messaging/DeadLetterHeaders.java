package cn.yanzhen.platform.messaging;

/** The headers a dead letter carries besides the original record's (docs/contract.md §6.4, §6.5). */
public final class DeadLetterHeaders {

    /** What every header this platform adds to a dead letter starts with; a replay removes them. */
    public static final String PREFIX = "dead-letter-";
    public static final String REASON = PREFIX + "reason";
    public static final String EXCEPTION_CLASS = PREFIX + "exception-class-name";
    public static final String CAUSE = PREFIX + "cause";
    public static final String TOPIC = PREFIX + "topic";
    public static final String PARTITION = PREFIX + "partition";
    public static final String OFFSET = PREFIX + "offset";
    public static final String SERVICE = PREFIX + "service";

    private DeadLetterHeaders() {
    }
}
