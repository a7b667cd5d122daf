package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.intake.domain.sheet.SigningTemplate;
import cn.yanzhen.intake.persistence.EventEntity;
import cn.yanzhen.platform.api.Attachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signing sheet an office fills for an event: what the batch endpoint reads back as it is written. */
@Path("/api/events/{code}/signings/template")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Tag(name = "Signings", description = "Projects signed at an event")
public class SigningTemplateResource {

    private final SigningIntake intake;
    private final SigningTemplate template;

    SigningTemplateResource(SigningIntake intake, SigningTemplate template) {
        this.intake = intake;
        this.template = template;
    }

    @GET
    @Produces(EventSigningsResource.XLSX)
    @Operation(summary = "The event's signing sheet as an .xlsx template", description = "Chinese titles with units, "
            + "an example row (序号 示例, not imported), drop-down lists of regions and industries; for whoever may "
            + "post the event's signings (contract §4.1.2).")
    public Response template(@PathParam("code") String code) {
        EventEntity event = intake.eventForWriting(code);
        return Response.ok(TemplateWorkbook.write(template, event), EventSigningsResource.XLSX)
                .header("Content-Disposition", Attachment.disposition(event.code + "-签约项目导入模板.xlsx",
                        event.code + "-signings-template.xlsx"))
                .build();
    }
}
