package cn.yanzhen.matching.domain;

/** A withdrawn signing is not matched again. */
public class SigningWithdrawn extends RuntimeException {

    public SigningWithdrawn(String message) {
        super(message);
    }
}
