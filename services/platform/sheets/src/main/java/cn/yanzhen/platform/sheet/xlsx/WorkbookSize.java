package cn.yanzhen.platform.sheet.xlsx;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses a workbook that unpacks to more than a service's heap can read (a zip bomb), by inflating it once into
 * nothing before any parser sees it. It reads the zip's central directory, as fastexcel-reader does:
 * {@code ZipInputStream} misreads the data descriptors of files fastexcel and other streaming writers make. A
 * 10,000-row sheet saved by LibreOffice unpacks to 7.5 MB, its shared strings to 1 MB; the service's heap is 96 MB.
 */
public final class WorkbookSize {

    public static final long MAX_UNPACKED_BYTES = 48L << 20;
    public static final long MAX_PART_BYTES = 32L << 20;
    private static final int MAX_PARTS = 1000;
    private static final String NOT_A_ZIP = "不是 .xlsx（zip）文件 / is not an .xlsx (zip) file";

    private WorkbookSize() {
    }

    public static void check(byte[] body) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(body)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++parts > MAX_PARTS) {
                    throw tooLarge("有超过 " + MAX_PARTS + " 个部件 / has more than " + MAX_PARTS + " parts");
                }
                total += inflated(zip, entry, buffer, MAX_UNPACKED_BYTES - total);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("body", NOT_A_ZIP);
        }
        if (parts == 0) {
            throw ProblemException.badRequest("body", NOT_A_ZIP);
        }
    }

    /** The bytes the part unpacks to, counted as they come so a bomb is stopped at the limit, not after it. */
    private static long inflated(ZipFile zip, ZipArchiveEntry entry, byte[] buffer, long allowed) throws IOException {
        long part = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                part += read;
                if (part > MAX_PART_BYTES || part > allowed) {
                    throw tooLarge("解压后超过 " + (MAX_UNPACKED_BYTES >> 20) + " MiB / unpacks to more than "
                            + (MAX_UNPACKED_BYTES >> 20) + " MiB (or one part to more than "
                            + (MAX_PART_BYTES >> 20) + " MiB)");
                }
            }
        }
        return part;
    }

    private static ProblemException tooLarge(String message) {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "工作簿过大，未保存任何内容 / The workbook is too large to read; nothing was stored.",
                List.of(new Violations.Violation("body", message)));
    }
}
