package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.run.SampleGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample grids are embedded only when they are PNGs; anything else names the file. */
class DataUriTest {

    @Test
    void aPngBecomesADataUri(@TempDir Path dir) throws IOException {
        Path png =
                Files.write(
                        dir.resolve("epoch-0001.png"), SampleGrid.png(new float[784], 1, 28, 28));
        assertTrue(DataUri.png(png).startsWith("data:image/png;base64,iVBORw0KGgo"));
    }

    @Test
    void aFileThatIsNotAPngIsNamed(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("epoch-0002.png"), "<html>not an image</html>");
        GanException e = assertThrows(GanException.class, () -> DataUri.png(fake));
        assertTrue(e.getMessage().contains(fake.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a PNG"), e.getMessage());
    }
}
