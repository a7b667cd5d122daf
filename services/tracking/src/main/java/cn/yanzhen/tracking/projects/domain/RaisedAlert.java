package cn.yanzhen.tracking.projects.domain;

import java.time.Instant;

/** An alert raised for a project, as its page lists it. */
public record RaisedAlert(String code, Instant raisedAt, String detail) {
}
