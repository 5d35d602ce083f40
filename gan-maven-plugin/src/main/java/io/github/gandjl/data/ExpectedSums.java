package io.github.gandjl.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sums the files of one directory are held to: its own {@code SHA256SUMS} when it has one (so a
 * subset can vouch for itself), otherwise the defaults from {@link DataOptions}.
 */
final class ExpectedSums {

    static final String FILE_NAME = "SHA256SUMS";

    // sha256sum prints "<hex>  <name>" in text mode and "<hex> *<name>" in binary mode.
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private final Map<String, String> sums;
    private final String source;

    private ExpectedSums(Map<String, String> sums, String source) {
        this.sums = sums;
        this.source = source;
    }

    static ExpectedSums forDirectory(Path directory, Map<String, String> defaults) {
        Path file = directory.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return new ExpectedSums(parse(file), file.toString());
        }
        String source =
                defaults.equals(OfficialSums.FULL_SET)
                        ? "the official Fashion-MNIST sums"
                        : "the expected sums given in DataOptions";
        return new ExpectedSums(defaults, source);
    }

    /** Where the sums came from, for messages. */
    String source() {
        return source;
    }

    String expected(String fileName) {
        String sum = sums.get(fileName);
        if (sum == null) {
            throw new DataException(
                    source
                            + " lists no SHA-256 for "
                            + fileName
                            + "; it must list every file used ("
                            + String.join(", ", Split.allFiles())
                            + ")");
        }
        return sum;
    }

    static Map<String, String> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e, e);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new DataException(
                        file
                                + " line "
                                + (i + 1)
                                + ": found '"
                                + line
                                + "', expected '<64 hex digits>  <file name>' as sha256sum prints");
            }
            sums.put(m.group(2), m.group(1).toLowerCase(Locale.ROOT));
        }
        return sums;
    }
}
