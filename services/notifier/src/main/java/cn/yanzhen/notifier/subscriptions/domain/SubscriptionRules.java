package cn.yanzhen.notifier.subscriptions.domain;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.EventCodes;
import cn.yanzhen.platform.validation.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** What makes a subscription acceptable; every bad field is named at once. */
public final class SubscriptionRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern INDUSTRY = Pattern.compile("\\d{2,4}");
    private static final Pattern DIGEST_TIME = Pattern.compile("\\d{2}:\\d{2}");

    private final RegionDirectory regions;

    public SubscriptionRules(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The subscription the draft describes, or empty with the reasons added to {@code violations}. */
    public Optional<Subscription> check(SubscriptionDraft draft, Violations violations) {
        Set<AlertCode> codes = codes(draft, violations);
        if (draft.regionCode() != null && !regions.contains(draft.regionCode())) {
            violations.add("regionCode", "is not a GB/T 2260 code Yanzhen knows");
        }
        if (draft.eventCode() != null && !EventCodes.isWellFormed(draft.eventCode())) {
            violations.add("eventCode", "must be an event's code: letters, digits and '-', e.g. 2025-GX");
        }
        if (draft.industryCode() != null && !INDUSTRY.matcher(draft.industryCode()).matches()) {
            violations.add("industryCode", "must be a GB/T 4754 code of 2 to 4 digits, e.g. 39 or 3971");
        }
        Channel channel = channel(draft, violations);
        if (channel != null) {
            target(channel, draft.target(), violations);
            secret(channel, draft.secret(), violations);
        }
        Language language = language(draft.language(), violations);
        LocalTime digestAt = digestAt(draft.digestAt(), violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subscription(UUID.randomUUID(),
                new Scope(draft.regionCode(), draft.eventCode(), draft.industryCode()), codes, channel,
                draft.target(), draft.secret(), language, digestAt));
    }

    private static Set<AlertCode> codes(SubscriptionDraft draft, Violations violations) {
        Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
        if (draft.alertCodes() == null || draft.alertCodes().isEmpty()) {
            addUnlessRejected(violations, "alertCodes", "names at least one alert code");
            return codes;
        }
        for (String code : draft.alertCodes()) {
            try {
                codes.add(AlertCode.valueOf(code));
            } catch (IllegalArgumentException e) {
                violations.add("alertCodes", code + " is not an alert code; known: " + Arrays.toString(AlertCode.values()));
            }
        }
        return codes;
    }

    private static Channel channel(SubscriptionDraft draft, Violations violations) {
        if (draft.channel() == null) {
            addUnlessRejected(violations, "channel", "is required: one of " + Arrays.toString(Channel.values()));
            return null;
        }
        try {
            return Channel.valueOf(draft.channel());
        } catch (IllegalArgumentException e) {
            violations.add("channel", "must be one of " + Arrays.toString(Channel.values()));
            return null;
        }
    }

    private static void target(Channel channel, String target, Violations violations) {
        if (target == null) {
            addUnlessRejected(violations, "target", "is required: an email address or a webhook URL");
        } else if (channel == Channel.EMAIL && !EMAIL.matcher(target).matches()) {
            violations.add("target", "must be an email address for channel EMAIL");
        } else if (channel != Channel.EMAIL && !isHttpUrl(target)) {
            violations.add("target", "must be an http(s) URL for channel " + channel);
        }
    }

    private static void secret(Channel channel, String secret, Violations violations) {
        boolean signed = channel == Channel.DINGTALK || channel == Channel.WEBHOOK;
        if (signed && (secret == null || secret.isBlank())) {
            violations.add("secret", "is required for channel " + channel + ": requests are signed with it");
        } else if (!signed && secret != null) {
            violations.add("secret", "is not used by channel " + channel);
        }
    }

    private static Language language(String language, Violations violations) {
        if (language == null) {
            return Language.ZH;
        }
        try {
            return Language.valueOf(language.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add("language", "must be zh or en");
            return null;
        }
    }

    private static LocalTime digestAt(String digestAt, Violations violations) {
        if (digestAt == null) {
            return null;
        }
        try {
            if (DIGEST_TIME.matcher(digestAt).matches()) {
                return LocalTime.parse(digestAt);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add("digestAt", "must be a time of day HH:mm (Asia/Shanghai), e.g. 08:30");
        return null;
    }

    private static void addUnlessRejected(Violations violations, String field, String message) {
        if (!violations.has(field)) {
            violations.add(field, message);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
