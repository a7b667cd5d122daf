package cn.yanzhen.notifier.channels.domain;

import java.util.Map;

/** The JSON bodies the group robots take, as maps for the JSON writer. */
public final class RobotPayloads {

    private RobotPayloads() {
    }

    /** WeCom group robot: {@code msgtype markdown}, the title in bold over the body. */
    public static Map<String, Object> weCom(Message message) {
        return Map.of("msgtype", "markdown",
                "markdown", Map.of("content", "**" + message.title() + "**\n" + message.body()));
    }

    /** DingTalk group robot: {@code msgtype markdown} with a title (shown in the chat list) and the text. */
    public static Map<String, Object> dingTalk(Message message) {
        return Map.of("msgtype", "markdown",
                "markdown", Map.of("title", message.title(), "text", "#### " + message.title() + "\n" + message.body()));
    }
}
