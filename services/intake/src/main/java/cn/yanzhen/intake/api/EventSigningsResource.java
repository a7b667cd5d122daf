package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.intake.config.IntakeConfig;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.intake.domain.sheet.CsvText;
import cn.yanzhen.intake.domain.sheet.MappedRow;
import cn.yanzhen.intake.domain.sheet.SheetReading;
import cn.yanzhen.intake.domain.sheet.SigningSheetMarks;
import cn.yanzhen.intake.persistence.EventEntity;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.sheet.xlsx.MarkedAnswer;
import cn.yanzhen.platform.sheet.xlsx.XlsxRows;
import cn.yanzhen.platform.validation.ValidationException;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events/{code}/signings")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signings", description = "Projects signed at an event")
public class EventSigningsResource {

    static final String TEXT_CSV = "text/csv";
    static final String XLSX = MarkedAnswer.XLSX;
    static final String MARKED_SHEET = "签约项目（已标注错误）";
    private static final MarkedAnswer MARKED = new MarkedAnswer(MARKED_SHEET, "签约项目-错误标注.xlsx",
            "signings-errors.xlsx");

    private static final int MAX_SEARCH = 100;

    private final SigningIntake intake;
    private final SigningStore signings;
    private final IntakeConfig config;
    private final SheetReading sheets;

    EventSigningsResource(SigningIntake intake, SigningStore signings, IntakeConfig config, SheetReading sheets) {
        this.intake = intake;
        this.signings = signings;
        this.config = config;
        this.sheets = sheets;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one signing", description = "201 when new; 200 with the stored signing when "
            + "the same externalRef and content were submitted before; 409 when the externalRef has other content.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SigningSubmission.class)))
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response submit(@PathParam("code") String code, JsonNode body) {
        EventEntity event = intake.eventForWriting(code);
        Violations violations = new Violations();
        SigningSubmission submission = SigningFields.read(new JsonFieldReader(body, SigningFields.KNOWN, violations));
        SigningIntake.Registration registration = intake.submit(event, submission, violations);
        Signing signing = registration.signing().toSigning();
        if (!registration.created()) {
            return Response.ok(signing).build();
        }
        return Response.created(URI.create("/api/signings/" + signing.id())).entity(signing).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a batch of signings as a JSON array", description = "All or nothing: a 400 "
            + "names every bad field of every bad row as 'row N: field' (rows count from 1).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SigningSubmission[].class)))
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BatchResult submitJsonBatch(@PathParam("code") String code, JsonNode body) {
        EventEntity event = intake.eventForWriting(code);
        if (body == null || !body.isArray()) {
            throw ProblemException.badRequest("body", "must be a JSON array of signings");
        }
        checkRowCount(body.size());
        List<SubmittedRow> rows = new ArrayList<>(body.size());
        for (JsonNode element : body) {
            Violations violations = new Violations();
            SigningSubmission submission = SigningFields.read(
                    new JsonFieldReader(element, SigningFields.KNOWN, violations));
            rows.add(new SubmittedRow(rows.size() + 1, submission, violations));
        }
        return intake.submitBatch(event, rows);
    }

    @POST
    @Path("batch")
    @Consumes(TEXT_CSV)
    @Operation(summary = "Submit a batch of signings as CSV", description = "UTF-8 (with or without BOM) or "
            + "GB18030/GBK: the charset parameter is honoured; without one, a body that is not UTF-8 is read as "
            + "GB18030. Header of API field names or Chinese titles with units (contract §4.1.2). All or nothing.")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response submitCsvBatch(@PathParam("code") String code,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                   @Context HttpHeaders headers, byte[] body) {
        EventEntity event = intake.eventForWriting(code);
        Violations violations = new Violations();
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        List<SheetRow> rows = CsvText.decode(body, charset, violations)
                .map(text -> SigningCsv.rows(text, SheetLimits.physicalRows(config.batchMaxRows()), violations))
                .orElse(List.of());
        return submitSheet(event, new Sheet(rows, true, headers), violations, "无法读取 CSV，未保存任何内容 / The CSV "
                + "body cannot be read; nothing was stored.");
    }

    @POST
    @Path("batch")
    @Consumes(XLSX)
    @Operation(summary = "Submit a batch of signings as an .xlsx workbook", description = "The first worksheet: "
            + "a header of Chinese titles with units or API field names, title rows above it allowed "
            + "(contract §4.1.2). All or nothing; errors name the sheet's row and the column's title. With Accept "
            + "naming .xlsx, a refused sheet comes back as a workbook with each bad cell marked and commented.")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response submitXlsxBatch(@PathParam("code") String code, @Context HttpHeaders headers, byte[] body) {
        EventEntity event = intake.eventForWriting(code);
        Violations violations = new Violations();
        List<SheetRow> rows = XlsxRows.rows(body, SheetLimits.physicalRows(config.batchMaxRows()), violations);
        return submitSheet(event, new Sheet(rows, false, headers), violations, "无法读取工作簿，未保存任何内容 / The "
                + "workbook cannot be read; nothing was stored.");
    }

    @GET
    @Operation(summary = "The signings of an event, in the order they were registered; q= keeps those whose "
            + "project or investor name contains it (case-insensitive, at most 100 characters)")
    public Page<Signing> listOfEvent(@PathParam("code") String code, @QueryParam("page") String page,
                                     @QueryParam("size") String size, @QueryParam("q") String q) {
        PageRequest request = PageRequest.of(page, size);
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_SEARCH) {
            throw ProblemException.badRequest("q", "must be at most " + MAX_SEARCH + " characters");
        }
        intake.event(code);
        return signings.pageOfEvent(code, words, request.page(), request.size()).map(SigningEntity::toSigning);
    }

    /** A sheet's rows as read, whether each row must fill the header (CSV), and what the client accepts back. */
    private record Sheet(List<SheetRow> rows, boolean cellsMatchHeader, HttpHeaders headers) {
    }

    private Response submitSheet(EventEntity event, Sheet sheet, Violations violations, String unreadable) {
        try {
            List<MappedRow> mapped = violations.isEmpty() ? sheets.read(sheet.rows(), sheet.cellsMatchHeader(),
                    violations) : List.of();
            violations.throwIfAny(unreadable);
            checkRowCount(mapped.size());
            BatchResult result = intake.submitBatch(event, mapped.stream().map(SubmittedRow::of).toList());
            return Response.ok(result, MediaType.APPLICATION_JSON).build();
        } catch (ValidationException | ProblemException refusal) {
            return MARKED.orThrow(refusal, sheet.headers(), sheet.rows(),
                    errors -> SigningSheetMarks.place(sheet.rows(), errors));
        }
    }


    private void checkRowCount(int rows) {
        if (rows == 0) {
            throw ProblemException.badRequest("body", "must contain at least one signing");
        }
        if (rows > config.batchMaxRows()) {
            throw ProblemException.badRequest("body", "has " + rows + " rows; send at most "
                    + config.batchMaxRows() + " signings in one request");
        }
    }
}
