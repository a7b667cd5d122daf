package cn.yanzhen.platform.api;

import java.util.List;
import java.util.function.Function;

/** The body of every list endpoint: {@code {"items": [...], "page": 0, "size": 50, "total": 160}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
