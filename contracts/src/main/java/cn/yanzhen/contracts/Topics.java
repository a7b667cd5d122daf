package cn.yanzhen.contracts;

import java.util.List;

/** Every topic of docs/contract.md §6.1. */
public final class Topics {

    public static final Topic SIGNINGS = new Topic("yanzhen.signings", false,
            List.of(EventTypes.SIGNING_REGISTERED, EventTypes.SIGNING_WITHDRAWN, EventTypes.SIGNING_REPEAT_CHANGED));
    public static final Topic REGION_CAPACITY = new Topic("yanzhen.region-capacity", true,
            List.of(EventTypes.REGION_CAPACITY));
    public static final Topic MATCHES = new Topic("yanzhen.matches", false,
            List.of(EventTypes.SIGNING_MATCHED));
    public static final Topic PROJECT_PROGRESS = new Topic("yanzhen.project-progress", false,
            List.of(EventTypes.PROJECT_PROGRESSED, EventTypes.REPORT_VERIFIED));
    public static final Topic ALERTS = new Topic("yanzhen.alerts", false,
            List.of(EventTypes.ALERT));
    public static final Topic STATS = new Topic("yanzhen.stats", true,
            List.of(EventTypes.STATS));
    public static final Topic ROUNDS = new Topic("yanzhen.rounds", true,
            List.of(EventTypes.ROUND_OPENED, EventTypes.ROUND_CLOSED));
    public static final Topic OBSTACLES = new Topic("yanzhen.obstacles", true,
            List.of(EventTypes.OBSTACLE_CHANGED));
    public static final Topic PIPELINE = new Topic("yanzhen.pipeline", true,
            List.of(EventTypes.LEAD_CHANGED));
    public static final Topic CHAINS = new Topic("yanzhen.chains", true,
            List.of(EventTypes.CHAIN_CHANGED));
    public static final Topic PARKS = new Topic("yanzhen.parks", true,
            List.of(EventTypes.PARK_CHANGED));
    public static final Topic KEY_PROJECTS = new Topic("yanzhen.key-projects", true,
            List.of(EventTypes.KEY_PLAN_CHANGED));
    public static final Topic PARK_CAPACITY = new Topic("yanzhen.park-capacity", true,
            List.of(EventTypes.PARK_CAPACITY));

    public static final List<Topic> ALL =
            List.of(SIGNINGS, REGION_CAPACITY, MATCHES, PROJECT_PROGRESS, ALERTS, STATS, ROUNDS, OBSTACLES,
                    PIPELINE, CHAINS, PARKS, KEY_PROJECTS, PARK_CAPACITY);

    private Topics() {
    }
}
