package cn.yanzhen.tracking.rounds.domain;

/** A round that cannot be opened under its code: another round holds it. Nothing was changed. */
public class RoundConflict extends RuntimeException {

    public RoundConflict(String message) {
        super(message);
    }
}
