package cn.yanzhen.bench;

/** How much each measurement sends; the smoke size only proves the benchmark runs. */
record Sizes(int hopRecords, int warmUp, int largeBatch, int clients, int batchesPerClient, int batchSize,
             int reports, int reportsPerSecond) {
    static final Sizes FULL = new Sizes(50_000, 2_000, 10_000, 4, 5, 1_000, 500, 100);
    static final Sizes SMOKE = new Sizes(5_000, 200, 1_000, 2, 2, 250, 50, 50);
}
