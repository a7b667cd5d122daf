package cn.yanzhen.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** An audit record as {@code GET /api/audit} shows it. */
public record AuditEntry(long id, Instant recordedAt, String subject, List<String> roles, String region, String org,
                         String action, String entity, JsonNode request, JsonNode before, JsonNode after) {
}
