package cn.yanzhen.contracts.signing;

/** The investing enterprise: name, unified social credit code (GB 32100) and home region (GB/T 2260). */
public record Investor(String name, String creditCode, String originRegion) {
}
