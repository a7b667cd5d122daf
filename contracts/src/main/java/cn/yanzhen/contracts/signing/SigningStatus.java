package cn.yanzhen.contracts.signing;

public enum SigningStatus {
    REGISTERED,
    WITHDRAWN
}
