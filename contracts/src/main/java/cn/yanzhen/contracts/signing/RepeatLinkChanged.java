package cn.yanzhen.contracts.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.signing.repeat-changed}: the organiser (or an admin) confirmed, set or removed
 * the link of a signing to the earlier signing it repeats. {@code before} and {@code after} are null where
 * there was, or is, no link.
 */
public record RepeatLinkChanged(UUID signingId, String eventCode, Signing.RepeatOf before, Signing.RepeatOf after,
                                String note, Instant changedAt) {
}
