package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void aCapOnLibtorchsKernelsIsPartOfTheLevel() {
        assertEquals("avx512f", Environment.kernelLevel("avx512f", null));
        assertEquals("avx512f", Environment.kernelLevel("avx512f", " "));
        assertEquals(
                "avx512f (ATEN_CPU_CAPABILITY=default)",
                Environment.kernelLevel("avx512f", "default"));
    }
}
