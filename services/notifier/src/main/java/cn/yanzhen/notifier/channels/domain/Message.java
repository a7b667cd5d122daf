package cn.yanzhen.notifier.channels.domain;

import java.util.List;

/** What a channel sends: a title (the mail's subject) and a body in Markdown, and the alerts it carries. */
public record Message(String title, String body, List<Notice> notices) {

    public Message {
        notices = List.copyOf(notices);
    }
}
