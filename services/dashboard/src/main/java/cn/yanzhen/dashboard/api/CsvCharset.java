package cn.yanzhen.dashboard.api;

import cn.yanzhen.platform.api.ProblemException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The character set of a CSV export: UTF-8 unless GB18030 is asked for, by {@code ?charset=} (which wins) or by an
 * {@code Accept-Charset} that names GB18030, GBK or GB2312 and not UTF-8. GBK and GB2312 are answered as GB18030,
 * their superset, so no name or place is lost.
 */
final class CsvCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> CHINESE = Set.of("GB18030", "GBK", "GB2312");

    private CsvCharset() {
    }

    static Charset chosen(String query, String acceptCharset) {
        if (query != null) {
            String asked = query.strip().toUpperCase(Locale.ROOT);
            if (asked.equals("UTF-8") || asked.equals("UTF8")) {
                return StandardCharsets.UTF_8;
            }
            if (CHINESE.contains(asked)) {
                return GB18030;
            }
            throw ProblemException.badRequest("charset", "只能是 UTF-8 或 GB18030 / must be UTF-8 or GB18030");
        }
        String accepted = acceptCharset == null ? "" : acceptCharset.toUpperCase(Locale.ROOT);
        boolean chinese = CHINESE.stream().anyMatch(accepted::contains);
        return chinese && !accepted.contains("UTF-8") ? GB18030 : StandardCharsets.UTF_8;
    }
}
