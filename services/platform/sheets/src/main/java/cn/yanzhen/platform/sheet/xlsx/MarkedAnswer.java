package cn.yanzhen.platform.sheet.xlsx;

import cn.yanzhen.platform.api.Attachment;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.sheet.SheetMarks;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.ValidationException;
import cn.yanzhen.platform.validation.Violations.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A refused sheet answered as a workbook with its bad cells marked, for a client whose {@code Accept} names
 * .xlsx; the status is the refusal's own (400, 403, 409, 422). A body with no header to place errors by, or a
 * client that asked for JSON, is answered as problem+json.
 *
 * @param sheetName the marked sheet's name
 * @param fileName the download's Chinese name
 * @param asciiFileName its name for clients that read only ASCII
 */
public record MarkedAnswer(String sheetName, String fileName, String asciiFileName) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType WORKBOOK = MediaType.valueOf(XLSX);

    /**
     * The refusal ({@link ValidationException} or {@link ProblemException}) as the marked workbook when the client
     * asked for one and {@code placing} finds where its errors go; otherwise the refusal is thrown as it is.
     */
    public Response orThrow(RuntimeException refusal, HttpHeaders headers, List<SheetRow> rows,
                            Function<List<Violation>, Optional<SheetMarks>> placing) {
        if (!wanted(headers)) {
            throw refusal;
        }
        Response.Status status = refusal instanceof ProblemException problem ? problem.status()
                : Response.Status.BAD_REQUEST;
        List<Violation> errors = refusal instanceof ValidationException invalid ? invalid.violations()
                : refusal instanceof ProblemException problem ? problem.errors() : List.of();
        return placing.apply(errors).filter(marks -> !marks.isEmpty())
                .map(marks -> Response.status(status)
                        .entity(MarkedWorkbook.write(sheetName, rows, marks, errors))
                        .type(WORKBOOK)
                        .header("Content-Disposition", Attachment.disposition(fileName, asciiFileName))
                        .build())
                .orElseThrow(() -> refusal);
    }

    private static boolean wanted(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(type -> !type.isWildcardType()
                && !type.isWildcardSubtype() && type.isCompatible(WORKBOOK));
    }
}
