package cn.yanzhen.contracts.access;

/** Names of the bearer-token claims the services read besides the standard ones. */
public final class Claims {

    /** The roles of {@link Roles}. */
    public static final String GROUPS = "groups";
    /** A GB/T 2260 code: a regional office writes for this region and everything inside it. */
    public static final String REGION = "region";
    /** The organisation of an organiser; it owns the events it registers. */
    public static final String ORG = "org";

    private Claims() {
    }
}
