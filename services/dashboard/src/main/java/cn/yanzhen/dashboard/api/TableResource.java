package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.Table;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every table of the page, as JSON for the page and as the CSV and .xlsx files reporting offices exchange. */
@Path("/api/tables")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Tag(name = "Tables", description = "provinces, zones, verdicts, alerts, events, regions; event-prefectures, "
        + "event-industries, event-verdicts, event-overdue (?event=CODE); region-capacity, region-alerts (?region=CODE)")
public class TableResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NAME = "{name: [a-z-]+}";

    private final DashboardTables tables;

    TableResource(DashboardTables tables) {
        this.tables = tables;
    }

    @GET
    @Path(NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A table: its title, columns (label and kind) and rows")
    public Table table(@PathParam("name") String name, @QueryParam("event") String event,
                       @QueryParam("region") String region) {
        return find(name, event, region);
    }

    @GET
    @Path(NAME + ".csv")
    @Produces("text/csv")
    @Operation(summary = "The table as UTF-8 CSV (amounts in exact yuan, times in ISO-8601 UTC)")
    public Response csv(@PathParam("name") String name, @QueryParam("event") String event,
                        @QueryParam("region") String region) {
        Table table = find(name, event, region);
        return download(CsvExport.write(table).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
                fileName(table, "csv"));
    }

    @GET
    @Path(NAME + ".xlsx")
    @Produces(XLSX)
    @Operation(summary = "The table as an Excel workbook of one sheet")
    public Response xlsx(@PathParam("name") String name, @QueryParam("event") String event,
                         @QueryParam("region") String region) {
        Table table = find(name, event, region);
        return download(XlsxExport.write(table), XLSX, fileName(table, "xlsx"));
    }

    private Table find(String name, String event, String region) {
        if (event != null && !event.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.badRequest("event", "must be an event code (letters, digits, . _ -)");
        }
        if (region != null && !region.matches("\\d{6}")) {
            throw ProblemException.badRequest("region", "must be a GB/T 2260 code of 6 digits");
        }
        if (!DashboardTables.NAMES.contains(name)) {
            throw ProblemException.notFound("There is no table " + name + "; the tables are "
                    + String.join(", ", DashboardTables.NAMES) + ".");
        }
        return tables.table(name, event, region).orElseThrow(() -> ProblemException.badRequest(
                name.startsWith("event-") ? "event" : "region", "is required for table " + name));
    }

    private static String fileName(Table table, String extension) {
        return table.name() + "." + extension;
    }

    private static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
