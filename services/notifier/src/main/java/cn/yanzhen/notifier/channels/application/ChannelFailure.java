package cn.yanzhen.notifier.channels.application;

/** A channel did not take a message; the reason goes into the delivery log and the delivery is tried again. */
public class ChannelFailure extends RuntimeException {

    public ChannelFailure(String reason) {
        super(reason);
    }

    public ChannelFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
