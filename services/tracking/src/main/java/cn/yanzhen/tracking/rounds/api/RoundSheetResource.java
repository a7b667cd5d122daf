package cn.yanzhen.tracking.rounds.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.api.Attachment;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.security.CurrentActor;
import cn.yanzhen.platform.sheet.SheetMarks;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.sheet.xlsx.MarkedAnswer;
import cn.yanzhen.platform.sheet.xlsx.XlsxRows;
import cn.yanzhen.platform.validation.ValidationException;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.api.Refusals;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.rounds.application.RoundSheets;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.sheet.FilledRow;
import cn.yanzhen.tracking.rounds.domain.sheet.RoundSheetHeader;
import cn.yanzhen.tracking.rounds.domain.sheet.RoundSheetRows;
import cn.yanzhen.tracking.rounds.persistence.RoundEntity;
import cn.yanzhen.tracking.rounds.persistence.RoundRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A round's sheet: one office's share of the round, downloaded, filled in and uploaded as its reports. */
@Path("/api/rounds/{code}/sheet")
@RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
@Tag(name = "Reporting rounds", description = "调度: who owes a report by a due date, the reporting rate, who missed")
public class RoundSheetResource {

    // a province's projects in one round, with room for the title, note and header rows
    private static final int MAX_ROWS = 20_000;
    static final String MARKED_SHEET = "进度填报（已标注错误）";
    private static final MarkedAnswer MARKED = new MarkedAnswer(MARKED_SHEET, "进度填报-错误标注.xlsx",
            "round-sheet-errors.xlsx");

    private final RoundSheets sheets;
    private final RoundRepository rounds;
    private final RegionDirectory regions;
    private final Access access;
    private final CurrentActor actors;

    RoundSheetResource(RoundSheets sheets, RoundRepository rounds, RegionDirectory regions, Access access,
                       CurrentActor actors) {
        this.sheets = sheets;
        this.rounds = rounds;
        this.regions = regions;
        this.access = access;
        this.actors = actors;
    }

    @GET
    @Produces(MarkedAnswer.XLSX)
    @Transactional
    @Operation(summary = "A region's sheet of a round, as .xlsx", description = "The projects of the region (default: "
            + "the office's own; an admin's, the whole round) that owe the round, with their last milestone and "
            + "cumulative investment in 万元, and blank columns to fill in (contract §4.6.1). For the regional office "
            + "whose region contains ?region= (or an admin).")
    public Response download(@PathParam("code") String code, @QueryParam("region") String region) {
        Round round = round(code);
        String scope = scope(code, region);
        return Response.ok(RoundSheetWorkbook.write(round, scope, sheets.owing(round, scope), regions), MarkedAnswer.XLSX)
                .header("Content-Disposition", Attachment.disposition(code + "-"
                        + RoundSheetWorkbook.nameOf(scope, regions) + "-进度填报.xlsx", code + "-" + scope
                        + "-progress.xlsx"))
                .build();
    }

    @POST
    @Consumes(MarkedAnswer.XLSX)
    @Produces({MediaType.APPLICATION_JSON, MarkedAnswer.XLSX})
    @Operation(summary = "Upload a region's filled-in sheet of a round", description = "Each row becomes the reports "
            + "POST /api/projects/{id}/progress would have received (COMMENCED, IN_PRODUCTION, INVESTMENT, NO_CHANGE), "
            + "same rules, audit and events, all or nothing; the same sheet again changes nothing. 400 names each bad "
            + "cell as 'row N: <title>' (with Accept naming .xlsx: the workbook, bad cells marked). Contract §4.6.1.")
    public Response upload(@PathParam("code") String code, @QueryParam("region") String region,
                           @Context HttpHeaders headers, byte[] body) {
        Round round = round(code);
        String scope = scope(code, region);
        String reporter = actors.get().subject();
        Violations violations = new Violations();
        List<SheetRow> rows = XlsxRows.rows(body, MAX_ROWS, violations);
        try {
            List<FilledRow> filled = violations.isEmpty() ? RoundSheetRows.read(rows, violations) : List.of();
            violations.throwIfAny("无法读取工作簿，未保存任何内容 / The workbook cannot be read; nothing was stored.");
            return Response.ok(report(round, scope, filled, reporter), MediaType.APPLICATION_JSON).build();
        } catch (ValidationException | ProblemException refusal) {
            return MARKED.orThrow(refusal, headers, rows, errors -> RoundSheetHeader.rowOf(rows)
                    .map(header -> SheetMarks.place(header, Map.of(), errors)));
        }
    }

    private RoundSheets.Uploaded report(Round round, String scope, List<FilledRow> filled, String reporter) {
        try {
            return sheets.report(round, scope, filled, reporter);
        } catch (ReportRefused refused) {
            throw Refusals.problem(refused);
        }
    }

    private Round round(String code) {
        return rounds.find(code).map(RoundEntity::round)
                .orElseThrow(() -> ProblemException.notFound("No reporting round " + code + "."));
    }

    /** The sheet's region: the one asked for, else the office's own, else (an admin) the whole round; 403 outside. */
    private String scope(String code, String region) {
        Actor actor = actors.get();
        String scope = region != null && !region.isBlank() ? region.strip()
                : actor.isAdmin() ? Round.ALL : actor.region();
        if (scope != null && !Round.ALL.equals(scope) && !regions.contains(scope)) {
            throw ProblemException.badRequest("region", "is not a known region code (GB/T 2260) nor all");
        }
        access.requireRegion(scope, "Round " + code + "'s sheet of region " + scope);
        return scope;
    }
}
