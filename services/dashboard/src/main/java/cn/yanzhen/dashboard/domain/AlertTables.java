package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.alert.AlertTexts;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** The alert tables: the live feed, and the alerts that touch one region, each alert's subject in words. */
final class AlertTables {

    static final int ALERTS_SHOWN = 200;

    private final ReadModel model;
    private final RegionDirectory regions;

    AlertTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    /** The newest alerts of every kind. */
    Table feed() {
        return alerts(alert -> true, "alerts", "实时预警");
    }

    private Table alerts(Predicate<Alert> touching, String name, String title) {
        List<List<Object>> rows = model.alerts().stream().map(FeedAlert::alert).filter(touching).limit(ALERTS_SHOWN)
                .map(alert -> {
                    String subject = alert.subjectName() != null ? alert.subjectName() : subject(alert.subject());
                    return List.<Object>of(alert.raisedAt().toString(), Labels.of(alert.severity()),
                            AlertTexts.title(alert.code(), Language.ZH), subject, AlertTexts.sentence(alert, subject, Language.ZH));
                })
                .toList();
        return new Table(name, title, List.of(Column.time("时间"), Column.text("级别"), Column.text("类型"),
                Column.text("对象"), Column.text("说明")), rows);
    }


    /** Over-commitment of the region or inside it, and competition in its zone in the industries it receives. */
    Table touching(String region) {
        Optional<Zone> zone = regions.find(region).map(Region::zone);
        List<String> groups = model.stats("region:" + region).map(Stats::industryGroups).orElse(List.of());
        return alerts(alert -> switch (alert.code()) {
            case CAPACITY_OVERCOMMITTED -> regions.isWithin(alert.subject(), region);
            case HOMOGENEOUS_COMPETITION -> zone.isPresent() && groups.stream()
                    .anyMatch(group -> alert.subject().equals(zone.get().name() + ":" + group));
            default -> false;
        }, "region-alerts", "超额承诺与同质化竞争预警 · " + regionName(region));
    }

    /**
     * What an alert is about, in words, when it does not name its subject: a project's name as an overdue list gives it
     * (else its id), a region's name, or a zone and industry group.
     */
    private String subject(String subject) {
        try {
            UUID signingId = UUID.fromString(subject);
            return model.projectName(signingId).orElse(subject);
        } catch (IllegalArgumentException notAProject) {
            int colon = subject.indexOf(':');
            if (colon > 0) {
                return Labels.of(subject.substring(0, colon)) + " · 行业中类 " + subject.substring(colon + 1);
            }
            return regionName(subject);
        }
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
