package cn.yanzhen.tracking.projects.api;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.domain.Outcome;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ProgressRules;
import cn.yanzhen.tracking.projects.domain.Report;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A progress report as a regional office sends it: each field read, each problem named for a 400. */
final class ReportBody {

    private static final Set<String> FIELDS = Set.of("reportId", "type", "on", "cumulativeYuan", "asOf", "correction",
            "reason", "note", "evidence", "period", "jobs", "outputValueYuan", "taxPaidYuan");
    private static final Map<ReportType, Set<String>> FIELDS_OF_TYPE = Map.of(
            ReportType.COMMENCED, Set.of("reportId", "type", "on", "evidence"),
            ReportType.IN_PRODUCTION, Set.of("reportId", "type", "on", "evidence"),
            ReportType.REACHED_DESIGN_CAPACITY, Set.of("reportId", "type", "on", "evidence"),
            ReportType.INVESTMENT, Set.of("reportId", "type", "cumulativeYuan", "asOf", "correction", "reason",
                    "evidence"),
            ReportType.CANCELLED, Set.of("reportId", "type", "reason"),
            ReportType.NO_CHANGE, Set.of("reportId", "type", "on", "note"),
            ReportType.OUTCOME, Set.of("reportId", "type", "period", "jobs", "outputValueYuan", "taxPaidYuan",
                    "correction", "reason", "evidence"));
    private static final Set<String> EVIDENCE_FIELDS = Set.of("kind", "reference", "issuedOn");
    private static final int MAX_TEXT = 500;
    private static final int MAX_REFERENCE = 200;

    private ReportBody() {
    }

    static Report read(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        String reportId = fields.text("reportId", 64);
        String typeName = fields.text("type");
        ReportType type = Arrays.stream(ReportType.values()).filter(value -> value.name().equals(typeName))
                .findFirst().orElse(null);
        if (reportId == null && !violations.has("reportId")) {
            violations.add("reportId", "is required");
        }
        if (type == null && !violations.has("type")) {
            violations.add("type", "must be COMMENCED, INVESTMENT, IN_PRODUCTION, REACHED_DESIGN_CAPACITY, CANCELLED, "
                    + "NO_CHANGE or OUTCOME");
        }
        String reason = fields.text("reason", MAX_TEXT);
        String note = fields.text("note", MAX_TEXT);
        Boolean correction = fields.bool("correction");
        Report report = new Report(reportId, type, fields.date("on"), fields.wholeNumber("cumulativeYuan"),
                fields.date("asOf"), Boolean.TRUE.equals(correction), reason, note,
                fields.objectList("evidence", ProgressRules.MAX_EVIDENCE, EVIDENCE_FIELDS, ReportBody::evidence),
                type == ReportType.OUTCOME ? outcome(fields) : null);
        if (type != null && body != null && body.isObject()) {
            body.fieldNames().forEachRemaining(name -> {
                if (FIELDS.contains(name) && !FIELDS_OF_TYPE.get(type).contains(name)) {
                    violations.add(name, "is not part of a " + type + " report");
                }
            });
        }
        violations.throwIfAny("The report is invalid; nothing was changed.");
        return report;
    }

    /** An OUTCOME report's period and figures; what is missing is left for the rules to name (§4.4.2). */
    private static Outcome outcome(JsonFieldReader fields) {
        String written = fields.text("period");
        Period period = Period.parse(written).orElse(null);
        if (written != null && period == null) {
            fields.reject("period", "must be a year like 2025 or a quarter like 2025-Q3");
        }
        return new Outcome(period, fields.wholeNumber("jobs"), fields.wholeNumber("outputValueYuan"),
                fields.wholeNumber("taxPaidYuan"));
    }

    private static Evidence evidence(JsonFieldReader fields) {
        String kindName = fields.text("kind");
        Evidence.Kind kind = Arrays.stream(Evidence.Kind.values()).filter(value -> value.name().equals(kindName))
                .findFirst().orElse(null);
        if (kind == null && !fields.rejected("kind")) {
            fields.reject("kind", "must be one of " + Arrays.stream(Evidence.Kind.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        String reference = fields.text("reference", MAX_REFERENCE);
        if (reference == null && !fields.rejected("reference")) {
            fields.reject("reference", "is required: the document's number or file name");
        }

        LocalDate issuedOn = fields.date("issuedOn");
        if (issuedOn == null && !fields.rejected("issuedOn")) {
            fields.reject("issuedOn", "is required");
        }
        return new Evidence(kind, reference, issuedOn);
    }
}
