package cn.yanzhen.contracts;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.ReportVerified;
import cn.yanzhen.contracts.tracking.ReportingRound;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.Map;
import java.util.Set;

/** CloudEvents {@code ce_type} values and the JSON Schema that describes each one's payload. */
public final class EventTypes {

    public static final String SIGNING_REGISTERED = "yanzhen.signing.registered";
    public static final String SIGNING_WITHDRAWN = "yanzhen.signing.withdrawn";
    public static final String SIGNING_REPEAT_CHANGED = "yanzhen.signing.repeat-changed";
    public static final String REGION_CAPACITY = "yanzhen.region.capacity";
    public static final String SIGNING_MATCHED = "yanzhen.signing.matched";
    public static final String PROJECT_PROGRESSED = "yanzhen.project.progressed";
    public static final String REPORT_VERIFIED = "yanzhen.project.report-verified";
    public static final String ALERT = "yanzhen.alert";
    public static final String STATS = "yanzhen.stats";
    public static final String ROUND_OPENED = "yanzhen.round.opened";
    public static final String ROUND_CLOSED = "yanzhen.round.closed";
    public static final String OBSTACLE_CHANGED = "yanzhen.obstacle.changed";
    public static final String LEAD_CHANGED = "yanzhen.lead.changed";
    public static final String CHAIN_CHANGED = "yanzhen.chain.changed";
    public static final String PARK_CHANGED = "yanzhen.park.changed";
    public static final String KEY_PLAN_CHANGED = "yanzhen.key-plan.changed";
    public static final String PARK_CAPACITY = "yanzhen.park.capacity";

    private record Definition(String schemaName, Class<?> payloadType) {
    }

    private static final Map<String, Definition> DEFINITIONS = Map.ofEntries(
            Map.entry(SIGNING_REGISTERED, new Definition("signing-registered", Signing.class)),
            Map.entry(SIGNING_WITHDRAWN, new Definition("signing-withdrawn", Signing.class)),
            Map.entry(SIGNING_REPEAT_CHANGED, new Definition("signing-repeat-changed", RepeatLinkChanged.class)),
            Map.entry(REGION_CAPACITY, new Definition("region-capacity", RegionCapacity.class)),
            Map.entry(SIGNING_MATCHED, new Definition("signing-matched", SigningMatched.class)),
            Map.entry(PROJECT_PROGRESSED, new Definition("project-progressed", ProjectProgressed.class)),
            Map.entry(REPORT_VERIFIED, new Definition("report-verified", ReportVerified.class)),
            Map.entry(ALERT, new Definition("alert", Alert.class)),
            Map.entry(STATS, new Definition("stats", Stats.class)),
            Map.entry(ROUND_OPENED, new Definition("reporting-round", ReportingRound.class)),
            Map.entry(ROUND_CLOSED, new Definition("reporting-round", ReportingRound.class)),
            Map.entry(OBSTACLE_CHANGED, new Definition("obstacle", Obstacle.class)),
            Map.entry(LEAD_CHANGED, new Definition("lead", Lead.class)),
            Map.entry(CHAIN_CHANGED, new Definition("chain", IndustrialChain.class)),
            Map.entry(PARK_CHANGED, new Definition("park", Park.class)),
            Map.entry(KEY_PLAN_CHANGED, new Definition("key-plan", KeyPlan.class)),
            Map.entry(PARK_CAPACITY, new Definition("park-capacity", ParkCapacity.class)));

    /** Base of every schema's {@code $id}; the schemas themselves are on the classpath. */
    public static final String SCHEMA_ID_BASE = "https://yanzhen.cn/contracts/schemas/";
    public static final String SCHEMA_CLASSPATH_BASE = "contracts/schemas/";

    private EventTypes() {
    }

    /** Classpath resource of the schema of a ce_type, e.g. {@code contracts/schemas/alert.schema.json}. */
    public static String schemaResource(String eventType) {
        return SCHEMA_CLASSPATH_BASE + definition(eventType).schemaName() + ".schema.json";
    }

    /** The Java record that a payload of this type deserialises into. */
    public static Class<?> payloadType(String eventType) {
        return definition(eventType).payloadType();
    }

    public static Set<String> all() {
        return DEFINITIONS.keySet();
    }

    private static Definition definition(String eventType) {
        Definition definition = DEFINITIONS.get(eventType);
        if (definition == null) {
            throw new IllegalArgumentException("unknown event type " + eventType);
        }
        return definition;
    }
}
