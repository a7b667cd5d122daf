package cn.yanzhen.contracts;

/**
 * A topic of the contract: its name, whether the broker compacts it (latest value per key wins),
 * and the CloudEvents types it carries.
 */
public record Topic(String name, boolean compacted, java.util.List<String> eventTypes) {

    public static final String DLQ_SUFFIX = ".dlq";

    public String deadLetterTopic() {
        return name + DLQ_SUFFIX;
    }
}
