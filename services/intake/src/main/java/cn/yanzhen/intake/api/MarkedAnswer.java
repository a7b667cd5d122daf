package cn.yanzhen.intake.api;

import cn.yanzhen.intake.domain.sheet.SheetMarks;
import cn.yanzhen.intake.domain.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * A refused sheet answered as a workbook with its bad cells marked, for a client whose {@code Accept} names
 * .xlsx; the status is the refusal's own (400, 409, 422). A body with no header to place errors by is answered as
 * problem+json as before.
 */
final class MarkedAnswer {

    private static final MediaType WORKBOOK = MediaType.valueOf(EventSigningsResource.XLSX);

    private MarkedAnswer() {
    }

    static boolean wanted(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(type -> !type.isWildcardType()
                && !type.isWildcardSubtype() && type.isCompatible(WORKBOOK));
    }

    static Optional<Response> of(Response.Status status, List<Violation> errors, List<SheetRow> rows) {
        return SheetMarks.place(rows, errors).filter(marks -> !marks.isEmpty())
                .map(marks -> Response.status(status)
                        .entity(MarkedWorkbook.write(rows, marks, errors))
                        .type(WORKBOOK)
                        .header("Content-Disposition", Attachment.disposition("签约项目-错误标注.xlsx",
                                "signings-errors.xlsx"))
                        .build());
    }
}
