package cn.yanzhen.intake.api;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a workbook that unpacks to more than a service's heap can read (a zip bomb), by inflating it once into
 * nothing before any parser sees it. A 10,000-row sheet saved by LibreOffice unpacks to 7.5 MB, its shared
 * strings to 1 MB; the service's heap is 96 MB.
 */
final class WorkbookSize {

    static final long MAX_UNPACKED_BYTES = 48L << 20;
    static final long MAX_PART_BYTES = 32L << 20;
    private static final int MAX_PARTS = 1000;
    private static final String NOT_A_ZIP = "不是 .xlsx（zip）文件 / is not an .xlsx (zip) file";

    private WorkbookSize() {
    }

    static void check(byte[] body) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw tooLarge("有超过 " + MAX_PARTS + " 个部件 / has more than " + MAX_PARTS + " parts");
                }
                long part = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    part += read;
                    total += read;
                    if (part > MAX_PART_BYTES || total > MAX_UNPACKED_BYTES) {
                        throw tooLarge("解压后超过 " + (MAX_UNPACKED_BYTES >> 20) + " MiB / unpacks to more than "
                                + (MAX_UNPACKED_BYTES >> 20) + " MiB (or one part to more than "
                                + (MAX_PART_BYTES >> 20) + " MiB)");
                    }
                }
            }
        } catch (IOException e) {
            throw ProblemException.badRequest("body", NOT_A_ZIP);
        }
        if (parts == 0) {
            throw ProblemException.badRequest("body", NOT_A_ZIP);
        }
    }

    private static ProblemException tooLarge(String message) {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "工作簿过大，未保存任何内容 / The workbook is too large to read; nothing was stored.",
                List.of(new Violations.Violation("body", message)));
    }
}
