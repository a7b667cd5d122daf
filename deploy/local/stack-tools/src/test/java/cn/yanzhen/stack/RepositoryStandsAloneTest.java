package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user has only the repository: nothing in it may lean on files beside it, and every pointer into
 * docs/contract.md must name a section it has.
 */
class RepositoryStandsAloneTest {

    private static final Path ROOT = Path.of("../../..").toAbsolutePath().normalize();
    /** Spelled in two parts so that this file does not find itself. */
    private static final String BESIDE_THE_REPOSITORY = "../" + "shared/";
    private static final Set<String> NOT_OURS = Set.of(".git", "target", ".stack", ".idea", "node_modules");
    private static final Pattern POINTER = Pattern.compile("docs/contract\\.md (§[0-9.]*[0-9])");
    private static final Pattern SECTION = Pattern.compile("(?m)^#{2,4} (§[0-9.]+)\\s");

    @Test
    void nothingReachesOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : textFiles()) {
            if (read(file).contains(BESIDE_THE_REPOSITORY)) {
                outside.add(ROOT.relativize(file).toString());
            }
        }
        assertThat(outside).as("files that point at %s", BESIDE_THE_REPOSITORY).isEmpty();
    }

    @Test
    void everyPointerIntoTheContractNamesOneOfItsSections() throws IOException {
        Set<String> sections = matches(SECTION, read(ROOT.resolve("docs/contract.md")));
        Set<String> pointers = new TreeSet<>();
        for (Path file : textFiles()) {
            pointers.addAll(matches(POINTER, read(file)));
        }
        assertThat(pointers).isNotEmpty();
        assertThat(sections).containsAll(pointers);
    }

    /** The repository's own files: neither build output, nor the stack's state, nor git's. */
    private static List<Path> textFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile).filter(RepositoryStandsAloneTest::ours).toList();
        }
    }

    private static boolean ours(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (NOT_OURS.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (MalformedInputException binary) {
            return "";
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
