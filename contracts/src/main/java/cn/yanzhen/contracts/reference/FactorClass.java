package cn.yanzhen.contracts.reference;

/** Which factor an industry depends on most; decides its place in the gradient order of transfer. */
public enum FactorClass {
    LABOUR,
    RESOURCE,
    CAPITAL,
    TECHNOLOGY,
    /** Public administration and international organisations: not an investable industry. */
    NONE
}
