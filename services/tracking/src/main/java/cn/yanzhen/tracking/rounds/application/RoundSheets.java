package cn.yanzhen.tracking.rounds.application;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.application.ProgressReporting;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.Progress;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.rounds.domain.OwingProject;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.sheet.FilledRow;
import cn.yanzhen.tracking.rounds.persistence.RoundProjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's sheet (docs/contract.md §4.6.1): the projects of a region that owe the round, and the sheet filled in
 * as the reports the API would have received, sent one by one through {@link ProgressReporting} (its rules, audit
 * and events) in one transaction. Every row is checked before any is sent, so all of a sheet's errors are named at
 * once and nothing is stored when any row is wrong.
 */
@ApplicationScoped
public class RoundSheets {

    private final RoundProjects rounds;
    private final ProjectLookup projects;
    private final ProgressReporting reporting;
    private final RegionDirectory regions;

    RoundSheets(RoundProjects rounds, ProjectLookup projects, ProgressReporting reporting, RegionDirectory regions) {
        this.rounds = rounds;
        this.projects = projects;
        this.reporting = reporting;
        this.regions = regions;
    }

    /** What an upload did: rows read, reports accepted, and reports that repeated ones already received. */
    public record Uploaded(int rows, int reported, int unchanged) {
    }

    /** The projects of {@code region} ({@code all} or a code) that owe the round, by destination then id. */
    @Transactional
    public List<ProjectSummary> owing(Round round, String region) {
        List<String> destinations = round.destinations(regions, region);
        if (destinations != null && destinations.isEmpty()) {
            return List.of();
        }
        return projects.byIds(rounds.owing(round, destinations).stream().map(OwingProject::signingId).toList());
    }

    @Transactional
    public Uploaded report(Round round, String region, List<FilledRow> rows, String reporter) {
        Map<UUID, ProjectSummary> owing = owing(round, region).stream()
                .collect(Collectors.toMap(ProjectSummary::signingId, Function.identity()));
        Violations all = new Violations();
        for (FilledRow row : rows) {
            if (row.violations().isEmpty()) {
                check(row, Optional.ofNullable(owing.get(row.signingId())));
            }
            row.reportInto(all);
        }
        long invalid = rows.stream().filter(row -> !row.violations().isEmpty()).count();
        all.throwIfAny(invalid + " 行有误，未保存任何内容 / " + invalid + " of " + rows.size()
                + " rows are invalid; nothing was stored.");
        int reported = 0;
        for (FilledRow row : rows) {
            for (Report report : row.reports()) {
                reported += reporting.report(row.signingId(), report, reporter).created() ? 1 : 0;
            }
        }
        int sent = rows.stream().mapToInt(row -> row.reports().size()).sum();
        return new Uploaded(rows.size(), reported, sent - reported);
    }

    /** The row's reports checked in order, each against the project as the ones before it leave it. */
    private void check(FilledRow row, Optional<ProjectSummary> owing) {
        if (owing.isEmpty()) {
            row.refuseProject("不是本表所列、本轮应报的项目 / is not a project this sheet lists as owing the round");
            return;
        }
        ProjectSummary project = owing.get();
        Progress progress = project.progress();
        for (Report report : row.reports()) {
            Violations violations = new Violations();
            try {
                if (reporting.checkNew(project, progress, report, violations) && violations.isEmpty()) {
                    progress = progress.after(report);
                }
            } catch (ReportRefused refused) {
                row.refuse(report.type(), refused.getMessage());
            }
            violations.all().forEach(violation -> row.refuse(report.type(), violation.field(), violation.message()));
        }
    }
}
