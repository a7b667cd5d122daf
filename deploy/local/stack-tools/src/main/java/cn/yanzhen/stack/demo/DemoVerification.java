package cn.yanzhen.stack.demo;

import static cn.yanzhen.stack.demo.DemoHttp.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Verification (核查) in the demo: Guangxi's verifier works the backlog of Nanning and Liuzhou, verifying
 * every report but one commencement, which it rejects for want of a construction permit; Nanning's office
 * answers with a corrected report that waits for its verdict. Other prefectures' reports stay in the backlog.
 */
public final class DemoVerification {

    public static final List<String> PREFECTURES = List.of("450100", "450200");
    static final String REJECTION = "所附施工许可证非本项目所有，请补充本项目的建筑工程施工许可证";
    private static final Map<String, String> PERMIT_AUTHORITY = Map.of("450100", "南建施",
            "450200", "柳建施");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String verifier;
    private final String tracking;

    DemoVerification(String verifier, String tracking) {
        this.verifier = verifier;
        this.tracking = tracking;
    }

    /** Decides the two backlogs, then the rejected commencement's office sends its correction. */
    void play(DemoActors actors) throws Exception {
        Rejected rejected = decide();
        send(actors.office(rejected.prefecture()), "POST", tracking + "/api/projects/"
                + rejected.report().get("signingId").asText() + "/progress",
                JSON.writeValueAsString(correction(rejected, LocalDate.now(ZoneId.of("Asia/Shanghai")))),
                "corrected commencement");
    }

    /** A rejected report and the prefecture whose office corrects it. */
    record Rejected(String prefecture, JsonNode report) {
    }

    /** Decides the two prefectures' backlogs; answers the rejected COMMENCED report, for its office to correct. */
    Rejected decide() throws Exception {
        Rejected rejected = null;
        int verified = 0;
        for (String prefecture : PREFECTURES) {
            JsonNode backlog = JSON.readTree(send(verifier, "GET", tracking + "/api/verifications?size=500&region="
                    + prefecture, null, null));
            for (JsonNode report : backlog.get("items")) {
                boolean reject = rejected == null && "COMMENCED".equals(report.get("type").asText());
                ObjectNode verdict = JSON.createObjectNode().put("verdict", reject ? "REJECTED" : "VERIFIED");
                if (reject) {
                    verdict.put("note", REJECTION);
                    rejected = new Rejected(prefecture, report);
                } else {
                    verified++;
                }
                send(verifier, "POST", tracking + "/api/projects/" + report.get("signingId").asText() + "/reports/"
                        + report.get("reportId").asText() + "/verification", JSON.writeValueAsString(verdict), null);
            }
        }
        System.out.printf("  demo: Guangxi's verifier decided the reports of Nanning and Liuzhou: %d verified, "
                + "1 rejected (%s)%n", verified, rejected == null ? "none" : rejected.report().get("reportId").asText());
        if (rejected == null) {
            throw new IllegalStateException("Nanning and Liuzhou had no commencement waiting for a verifier");
        }
        return rejected;
    }

    /** The office's corrected commencement: a later date and the permit the verifier asked for. */
    static ObjectNode correction(Rejected rejected, LocalDate today) {
        JsonNode report = rejected.report();
        String project = report.get("reportId").asText().replaceAll("\\D", "");
        LocalDate on = correctedOn(report, today);
        ObjectNode corrected = JSON.createObjectNode().put("reportId", report.get("reportId").asText() + "-R")
                .put("type", "COMMENCED").put("on", on.toString());
        corrected.putArray("evidence").addObject().put("kind", "CONSTRUCTION_PERMIT")
                .put("reference", PERMIT_AUTHORITY.get(rejected.prefecture()) + "〔" + on.getYear() + "〕" + project + "号")
                .put("issuedOn", on.toString());
        return corrected;
    }

    /** The date the corrected report gives: twelve days after the rejected one, but not after today. */
    public static LocalDate correctedOn(JsonNode rejected, LocalDate today) {
        LocalDate later = LocalDate.parse(rejected.get("on").asText()).plusDays(12);
        return later.isAfter(today) ? today : later;
    }
}
