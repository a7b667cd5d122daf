package cn.yanzhen.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.platform.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOf50() {
        assertThat(PageRequest.of(null, "")).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void acceptsTheBounds() {
        assertThat(PageRequest.of("7", "500")).isEqualTo(new PageRequest(7, 500));
        assertThat(PageRequest.of("0", "1")).isEqualTo(new PageRequest(0, 1));
    }

    @Test
    void namesEachBadParameter() {
        assertThatThrownBy(() -> PageRequest.of("-1", "501"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("page", "size"));
        assertThatThrownBy(() -> PageRequest.of("one", "0")).isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesAPageWhoseFirstItemLiesBeyondWhatAQueryCanSkip() {
        assertThat(PageRequest.of("42949672", "50")).isEqualTo(new PageRequest(42_949_672, 50));
        assertThat(PageRequest.of("2147483647", "1")).isEqualTo(new PageRequest(Integer.MAX_VALUE, 1));
        assertThatThrownBy(() -> PageRequest.of("42949673", "50"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("page"));
        assertThatThrownBy(() -> PageRequest.of("2147483647", "500")).isInstanceOf(ValidationException.class);
    }
}
