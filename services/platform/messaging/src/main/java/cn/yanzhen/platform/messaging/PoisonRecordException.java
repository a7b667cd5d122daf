package cn.yanzhen.platform.messaging;

/**
 * A record that can never be processed (not JSON, not the contract's shape, no CloudEvents headers):
 * it goes to the dead-letter topic and the partition moves on.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
