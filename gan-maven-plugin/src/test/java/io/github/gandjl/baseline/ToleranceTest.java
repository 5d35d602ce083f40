package io.github.gandjl.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.config.ConfigException;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void parsesRelativeThenAbsolute() {
        assertEquals(new Tolerance(1e-4, 1e-6), Tolerance.parse(" 1e-4 , 1e-6 "));
        assertEquals(
                new Tolerance(1e-4, 1e-6), Tolerance.parse(new Tolerance(1e-4, 1e-6).toString()));
    }

    @Test
    void refusesWhatIsNotTwoNonNegativeNumbers() {
        for (String bad : new String[] {"1e-4", "a,b", "-1e-4,0", "1e-4,NaN", "1,2,3", ""}) {
            String message =
                    assertThrows(ConfigException.class, () -> Tolerance.parse(bad)).getMessage();
            assertTrue(
                    message.contains("gan.tolerance") && message.contains("relative,absolute"),
                    message);
        }
        assertThrows(ConfigException.class, () -> Tolerance.parse(null));
    }

    @Test
    void allowsTheAbsolutePartPlusTheRelativePartOfTheExpectedValue() {
        Tolerance t = new Tolerance(1e-3, 1e-2);
        // allowance at 10 = 0.01 + 0.01 = 0.02
        assertTrue(t.accepts(10, 10.0199));
        assertFalse(t.accepts(10, 10.0201));
        assertTrue(t.accepts(-10, -10.0199));
        // near zero only the absolute part is left
        assertTrue(t.accepts(0, 0.0099));
        assertFalse(t.accepts(0, 0.0101));
    }

    @Test
    void zeroToleranceIsExact() {
        Tolerance t = new Tolerance(0, 0);
        assertTrue(t.accepts(0.5, 0.5));
        assertFalse(t.accepts(0.5, Math.nextUp(0.5)));
    }
}
