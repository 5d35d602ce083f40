package io.github.gandjl.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.run.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentMatchTest {

    private static final Environment HERE =
            new Environment(
                    "0.36.0", "2.7.1", "Linux 6.1", "amd64", "AMD EPYC", "avx512f", 2, "17.0.2");

    @Test
    void theSameEnvironmentMatches() {
        assertEquals(List.of(), EnvironmentMatch.differences(HERE, HERE));
    }

    @Test
    void kernelAndJavaVersionsDoNotCount() {
        Environment other =
                new Environment(
                        "0.36.0",
                        "2.7.1",
                        "Linux 5.15",
                        "amd64",
                        "AMD EPYC",
                        "avx512f",
                        2,
                        "21.0.1");
        assertEquals(List.of(), EnvironmentMatch.differences(HERE, other));
    }

    @Test
    void everyFieldThatPicksKernelsOrSplitsWorkIsNamed() {
        Environment other =
                new Environment(
                        "0.37.0",
                        "2.8.0",
                        "Linux 6.1",
                        "aarch64",
                        "Intel Xeon",
                        "avx2",
                        1,
                        "17.0.2");
        List<String> differences = EnvironmentMatch.differences(HERE, other);
        assertEquals(6, differences.size(), differences.toString());
        assertTrue(differences.contains("cpuModel (baseline 'AMD EPYC', this run 'Intel Xeon')"));
        assertTrue(differences.contains("threads (baseline '2', this run '1')"));
        ComparisonRule rule = ComparisonRule.choose(differences, new Tolerance(1e-4, 1e-6));
        assertTrue(
                !rule.exact()
                        && rule.describe()
                                .contains("cpuFeatures (baseline 'avx512f', this run 'avx2')"));
    }
}
