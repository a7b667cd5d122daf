package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.ExportCaption;
import cn.yanzhen.dashboard.domain.Table;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every table of the page, as JSON for the page and as the CSV and .xlsx files reporting offices exchange. */
@Path("/api/tables")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Tag(name = "Tables", description = "provinces, zones, verdicts, alerts, events, regions, province-flows, zone-flows; "
        + "event-prefectures, event-industries, event-verdicts, event-overdue (?event=CODE); region-capacity, "
        + "region-alerts, region-prefectures (?region=CODE); trend and window (all, or ?event=CODE or ?region=CODE; "
        + "&from=YYYY-MM&to=YYYY-MM, either end open); pipeline and pipeline-stages (all leads, or ?region=CODE); parks "
        + "(a region's own and co-built parks with ?region=CODE) and chains (a province's with ?region=CODE)")
public class TableResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NAME = "{name: [a-z-]+}";

    private final DashboardTables tables;
    private final Clock clock;

    TableResource(DashboardTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @GET
    @Path(NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A table: its title, columns (label and kind) and rows")
    public Table table(@PathParam("name") String name, @BeanParam TableQuery query) {
        return find(name, query);
    }

    @GET
    @Path(NAME + ".csv")
    @Produces("text/csv")
    @Operation(summary = "The table as CSV: UTF-8 with BOM, or GB18030 (no BOM) with ?charset=GB18030 or an "
            + "Accept-Charset naming GB18030/GBK and not UTF-8; exact yuan, rates as fractions, times ISO-8601 UTC")
    public Response csv(@PathParam("name") String name, @BeanParam TableQuery query,
                        @QueryParam("charset") String charset, @HeaderParam("Accept-Charset") String acceptCharset,
                        @QueryParam("file") String naming) {
        Table table = find(name, query);
        Charset encoding = CsvCharset.chosen(charset, acceptCharset);
        return download(CsvExport.write(table, encoding), "text/csv; charset=" + encoding.name(), table, "csv", naming);
    }

    @GET
    @Path(NAME + ".xlsx")
    @Produces(XLSX)
    @Operation(summary = "The table as an Excel workbook of one sheet, to print and forward: title, as-of time "
            + "(Beijing) and units above a frozen header; amounts #,##0 yuan, rates 0.0 %, times in Beijing time")
    public Response xlsx(@PathParam("name") String name, @BeanParam TableQuery query,
                         @QueryParam("file") String naming) {
        Table table = find(name, query);
        return download(XlsxExport.write(table, clock.instant()), XLSX, table, "xlsx", naming);
    }

    private Table find(String name, TableQuery query) {
        TableQuery.Checked checked = query.checked(name);
        if (!DashboardTables.NAMES.contains(name)) {
            throw ProblemException.notFound("There is no table " + name + "; the tables are "
                    + String.join(", ", DashboardTables.NAMES) + ".");
        }
        return tables.table(name, checked.event(), checked.region(), checked.window()).orElseThrow(() -> ProblemException.badRequest(
                name.startsWith("event-") ? "event" : "region", "is required for table " + name));
    }

    /**
     * Named by the table's title in Chinese (RFC 6266 filename*), its code the ASCII fallback; {@code file=code}
     * names it by the code alone, as the page's links ask, whose download attribute names the file after the table.
     */
    private static Response download(byte[] body, String type, Table table, String extension, String naming) {
        if (naming != null && !naming.equals("code")) {
            throw ProblemException.badRequest("file", "只能是 code（以表的代码命名文件）/ must be code (name the file by "
                    + "the table's code) or absent");
        }
        String code = table.name() + "." + extension;
        // form encoding differs from RFC 5987 only in '+' for a space and '*' kept, which the file name never holds
        String title = URLEncoder.encode(ExportCaption.fileName(table, extension), StandardCharsets.UTF_8);
        String disposition = "attachment; filename=\"" + code + "\""
                + (naming != null ? "" : "; filename*=UTF-8''" + title.replace("+", "%20"));
        return Response.ok(body, type).header("Content-Disposition", disposition).build();
    }
}
