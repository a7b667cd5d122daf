package cn.yanzhen.contracts;

/** Kafka header names of CloudEvents 1.0 binary mode, as every producer and consumer uses them. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** CloudEvents extension "actor": who caused the event (JSON: subject, role, region or org). */
    public static final String ACTOR = "ce_actor";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
