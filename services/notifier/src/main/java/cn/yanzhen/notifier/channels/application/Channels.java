package cn.yanzhen.notifier.channels.application;

import cn.yanzhen.notifier.channels.domain.Message;
import cn.yanzhen.notifier.channels.domain.Notice;
import cn.yanzhen.notifier.channels.domain.RobotPayloads;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends a message by the subscription's channel; a {@link ChannelFailure} says why it did not go. */
@ApplicationScoped
public class Channels {

    private final Mailer mailer;
    private final HttpPoster http;
    Channels(Mailer mailer, HttpPoster http) {
        this.mailer = mailer;
        this.http = http;
    }

    public void send(Subscription subscription, Message message) {
        switch (subscription.channel()) {
            case EMAIL -> email(subscription.target(), message);
            case WECOM -> http.requireRobotAccepted(http.post(subscription.target(),
                    http.write(RobotPayloads.weCom(message)), Map.of()));
            case DINGTALK -> dingTalk(subscription, message);
            case WEBHOOK -> webhook(subscription, message);
        }
    }

    private void email(String address, Message message) {
        try {
            mailer.send(Mail.withText(address, message.title(), message.body()));
        } catch (RuntimeException e) {
            throw new ChannelFailure("the mail server did not take the message: " + e.getMessage(), e);
        }
    }

    // the real time, not the service's clock: DingTalk refuses a timestamp an hour away from its own
    private void dingTalk(Subscription subscription, Message message) {
        long timestamp = System.currentTimeMillis();
        String url = subscription.target() + (subscription.target().contains("?") ? "&" : "?") + "timestamp="
                + timestamp + "&sign=" + Signatures.dingTalk(subscription.secret(), timestamp);
        http.requireRobotAccepted(http.post(url, http.write(RobotPayloads.dingTalk(message)), Map.of()));
    }

    private void webhook(Subscription subscription, Message message) {
        long timestamp = System.currentTimeMillis();
        String body = http.write(Map.of("title", message.title(), "body", message.body(),
                "alerts", message.notices().stream().map(Channels::described).toList()));
        http.post(subscription.target(), body, Map.of("X-Yanzhen-Timestamp", Long.toString(timestamp),
                "X-Yanzhen-Signature", Signatures.webhook(subscription.secret(), timestamp, body)));
    }

    private static Map<String, Object> described(Notice notice) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("alertId", notice.alertId());
        alert.put("code", notice.alert().code().name());
        alert.put("severity", notice.alert().severity().name());
        alert.put("subject", notice.alert().subject());
        alert.put("subjectName", notice.subjectName());
        alert.put("regionName", notice.regionName());
        alert.put("detail", notice.alert().detail());
        alert.put("raisedAt", notice.alert().raisedAt().toString());
        alert.put("link", notice.link());
        return alert;
    }
}
