package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.testing.PostgresBinaries;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {

    @TempDir
    Path folder;

    @Test
    void removesWhatAnInterruptedExtractionLeft() throws Exception {
        Path interrupted = extraction("PG-interrupted");
        Files.writeString(interrupted.resolve(PostgresBinaries.EXTRACTION_LOCK), "");
        Files.createSymbolicLink(interrupted.resolve("lib/libicudata.so.60"), Path.of("libicudata.so.60.2"));

        assertThat(new PostgresBinaries(folder).removeUnfinishedExtractions()).containsExactly(interrupted);
        assertThat(interrupted).doesNotExist();
    }

    @Test
    void keepsAFinishedExtractionAndWhatIsNotOne() throws Exception {
        Path finished = extraction("PG-finished");
        Files.writeString(finished.resolve(PostgresBinaries.FINISHED_MARKER), "");
        Path other = Files.createDirectories(folder.resolve("someone-elses"));

        assertThat(new PostgresBinaries(folder).removeUnfinishedExtractions()).isEmpty();
        assertThat(finished.resolve("bin/postgres")).exists();
        assertThat(other).exists();
    }

    @Test
    void leavesAnExtractionThatIsStillGoingOn() throws Exception {
        Path ongoing = extraction("PG-ongoing");
        try (FileChannel channel = FileChannel.open(ongoing.resolve(PostgresBinaries.EXTRACTION_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock extracting = channel.lock()) {
            assertThat(new PostgresBinaries(folder).removeUnfinishedExtractions()).isEmpty();
        }
        assertThat(ongoing.resolve("bin/postgres")).exists();
    }

    @Test
    void aFolderThatDoesNotExistYetHasNothingToRemove() throws Exception {
        assertThat(new PostgresBinaries(folder.resolve("not-yet")).removeUnfinishedExtractions()).isEmpty();
    }

    private Path extraction(String name) throws Exception {
        Path extraction = Files.createDirectories(folder.resolve(name));
        Files.createDirectories(extraction.resolve("bin"));
        Files.createDirectories(extraction.resolve("lib"));
        Files.writeString(extraction.resolve("bin/postgres"), "half a binary");
        return extraction;
    }
}
