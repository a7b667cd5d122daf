package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.tracking.figures.domain.FigureContribution;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The entry an obstacle puts in its project's scopes' obstacle histograms (docs/contract.md §4.7): while unresolved,
 * the epoch day it has been open since; once closed, the days from opening to closing, under RESOLVED or WITHDRAWN.
 * Counts per entry move by +1 and −1 as obstacles move, so the figures are exact without reading the ledger.
 */
public record ObstacleMark(Measure measure, Category category, long value) {

    public enum Measure { OPEN_SINCE, DAYS_TO_RESOLVE, DAYS_TO_WITHDRAW }

    /** The kind of figure obstacle marks are: scope_obstacle's counts of obstacles per mark. */
    public static final String KIND = "obstacle";

    /** This mark counted {@code times} more (−1: an obstacle moves away from it). */
    public FigureContribution counted(long times) {
        return FigureContribution.of(KIND, this, times);
    }

    public static ObstacleMark of(Category category, Status status, LocalDate openedOn, LocalDate closedOn) {
        return switch (status) {
            case OPEN, IN_PROGRESS -> new ObstacleMark(Measure.OPEN_SINCE, category, openedOn.toEpochDay());
            case RESOLVED -> new ObstacleMark(Measure.DAYS_TO_RESOLVE, category,
                    ChronoUnit.DAYS.between(openedOn, closedOn));
            case WITHDRAWN -> new ObstacleMark(Measure.DAYS_TO_WITHDRAW, category,
                    ChronoUnit.DAYS.between(openedOn, closedOn));
        };
    }
}
