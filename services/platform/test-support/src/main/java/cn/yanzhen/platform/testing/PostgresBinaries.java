package cn.yanzhen.platform.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder into which zonky extracts PostgreSQL's binaries, one {@code PG-<digest>} folder per archive.
 *
 * <p>zonky marks a finished extraction with a {@code .exists} file and holds a lock on {@code epg-lock}
 * while it extracts. A JVM that died mid-extraction (out of heap, killed) leaves a folder with neither a
 * marker nor a live lock; zonky would extract over it, keep the half-written files it finds and fail on
 * links that already exist, so such a folder must go before zonky looks at it. The tests' servers use
 * zonky's default folder, the local stack a folder of its own.
 */
public final class PostgresBinaries {

    /** zonky's names: written once an extraction is complete, and locked while one is under way. */
    public static final String FINISHED_MARKER = ".exists";
    public static final String EXTRACTION_LOCK = "epg-lock";

    private final Path folder;

    public PostgresBinaries(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** Where zonky extracts when it is not told otherwise. */
    public static PostgresBinaries zonkyDefault() {
        return new PostgresBinaries(Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())));
    }

    public Path folder() {
        return folder;
    }

    /** Deletes every extraction that neither finished nor is still going on; returns the deleted folders. */
    public List<Path> removeUnfinishedExtractions() throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> extractions = Files.list(folder)) {
            for (Path extraction : extractions.filter(PostgresBinaries::isExtraction).toList()) {
                if (!Files.exists(extraction.resolve(FINISHED_MARKER)) && removeUnlessLocked(extraction)) {
                    removed.add(extraction);
                }
            }
        }
        return removed;
    }

    private static boolean isExtraction(Path path) {
        return Files.isDirectory(path) && path.getFileName().toString().startsWith("PG-");
    }

    /** Deletes the extraction while holding its lock, so that no other JVM starts extracting into it meanwhile. */
    private static boolean removeUnlessLocked(Path extraction) throws IOException {
        try (FileChannel channel = FileChannel.open(extraction.resolve(EXTRACTION_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return false;
            }
            deleteRecursively(extraction);
            return true;
        } catch (OverlappingFileLockException extractingInThisJvm) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
