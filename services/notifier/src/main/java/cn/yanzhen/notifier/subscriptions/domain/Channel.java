package cn.yanzhen.notifier.subscriptions.domain;

/** Where a subscription's messages go. */
public enum Channel {
    /** A person's address, by SMTP. */
    EMAIL,
    /** A WeCom (企业微信) group robot's webhook. */
    WECOM,
    /** A DingTalk (钉钉) group robot's webhook, with the secret its "加签" setting shows. */
    DINGTALK,
    /** Any other receiver's URL; each request is signed with the subscription's secret (HMAC-SHA256). */
    WEBHOOK
}
