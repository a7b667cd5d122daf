package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.validation.Violations;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The text of a CSV body. A declared charset is honoured; without one, a body that is not valid UTF-8 is read as
 * GB18030, since Excel on a Chinese Windows machine saves "CSV" in GBK. GBK and GB2312 are read as GB18030, a
 * superset that decodes their bytes to the same characters. Any other declared charset counts as none: clients
 * add ISO-8859-1 by default (REST Assured, some HTTP libraries) to bodies that are UTF-8, and intake ignored the
 * parameter before, so refusing it would break them. A leading byte order mark is dropped.
 */
public final class CsvText {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("GBK", "GB2312", "GB_2312-80", "CP936", "X-GBK",
            "WINDOWS-936", "MS936", "EUC-CN", "GB18030");

    private CsvText() {
    }

    /** The text, or empty with the reason recorded against {@code body}. */
    public static Optional<String> decode(byte[] body, String declaredCharset, Violations violations) {
        Optional<Charset> declared = declaredCharset == null ? Optional.empty() : charset(declaredCharset.strip());
        if (declared.isPresent()) {
            Optional<String> text = strictly(body, declared.get());
            if (text.isEmpty()) {
                violations.add("body", "不是有效的 " + declaredCharset + " 文本 / is not valid " + declaredCharset);
            }
            return text;
        }
        Optional<String> text = strictly(body, StandardCharsets.UTF_8).or(() -> strictly(body, GB18030));
        if (text.isEmpty()) {
            violations.add("body", "既不是 UTF-8 也不是 GB18030 文本 / is neither valid UTF-8 nor GB18030");
        }
        return text;
    }

    private static Optional<Charset> charset(String name) {
        if (GB_FAMILY.contains(name.toUpperCase(Locale.ROOT))) {
            return Optional.of(GB18030);
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                    ? Optional.of(StandardCharsets.UTF_8) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictly(byte[] body, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
