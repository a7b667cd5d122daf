package cn.yanzhen.tracking.rounds.domain;

/** The words of a MISSED_REPORT alert, the same on the topic and on the project's page. */
public final class MissedReport {

    private MissedReport() {
    }

    public static String detail(Round round) {
        return "no report dated " + round.opensOn() + " to " + round.dueOn() + " in reporting round " + round.code();
    }
}
