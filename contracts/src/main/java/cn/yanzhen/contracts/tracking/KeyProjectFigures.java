package cn.yanzhen.contracts.tracking;

/**
 * A scope's key projects (重大项目, docs/contract.md §4.9): how many of its projects have a plan, and of their
 * approvals how many are GRANTED, how many are not yet (open, NEEDED or SUBMITTED), and how many of the open ones
 * are late (the approval watch found them not granted after their due date).
 */
public record KeyProjectFigures(long projects, long approvalsGranted, long approvalsOpen, long approvalsLate) {

    public static final KeyProjectFigures NONE = new KeyProjectFigures(0, 0, 0, 0);
}
