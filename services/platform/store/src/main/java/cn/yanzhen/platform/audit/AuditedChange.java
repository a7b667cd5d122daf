package cn.yanzhen.platform.audit;

/**
 * One accepted write as the audit trail keeps it: the action, the entity it touched
 * ({@code type:id}), the request, and the entity's state before and after (null where there is none).
 */
public record AuditedChange(String action, String entity, Object request, Object before, Object after) {

    public static AuditedChange of(String action, String entityType, Object entityId) {
        return new AuditedChange(action, entityType + ":" + entityId, null, null, null);
    }

    public AuditedChange request(Object value) {
        return new AuditedChange(action, entity, value, before, after);
    }

    public AuditedChange before(Object value) {
        return new AuditedChange(action, entity, request, value, after);
    }

    public AuditedChange after(Object value) {
        return new AuditedChange(action, entity, request, before, value);
    }
}
