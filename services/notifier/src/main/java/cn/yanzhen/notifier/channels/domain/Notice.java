package cn.yanzhen.notifier.channels.domain;

import cn.yanzhen.contracts.alert.Alert;

/**
 * One alert as a message tells it: the alert, its subject in words (a project's or a region's name),
 * the region's name when there is one, and a link to the project's page when it is about a project.
 */
public record Notice(String alertId, Alert alert, String subjectName, String regionName, String link) {
}
