package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.model.FindingKind;

class AnalysisSettingsTest {

    @Test
    void defaultsRoundTripThroughStrings() {
        AnalysisSettings d = AnalysisSettings.defaults();
        AnalysisSettings again = AnalysisSettings.fromMap(d.toMap());
        assertEquals(d.toMap(), again.toMap());
        assertEquals(AnalysisSettings.keys(), d.toMap().keySet());
    }

    @Test
    void propertiesOverrideDefaults() {
        Properties p = new Properties();
        p.setProperty("duplicate.threshold", "0.9");
        p.setProperty("kinds", "parallel, gap");
        p.setProperty("blocking.strategy", "lucene");
        AnalysisSettings s = AnalysisSettings.fromProperties(p);
        assertEquals(0.9, s.duplicateThreshold());
        assertEquals(Set.of(FindingKind.PARALLEL, FindingKind.GAP), s.kinds());
        assertEquals(AnalysisSettings.Blocking.LUCENE, s.blocking());
    }

    @Test
    void badInputIsRejectedWithTheKey() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.fromMap(Map.of("duplicate.treshold", "0.9")));
        assertTrue(unknown.getMessage().contains("duplicate.treshold"));
        var bad = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.fromMap(Map.of("parallel.threshold", "high")));
        assertTrue(bad.getMessage().contains("parallel.threshold"));
        var range = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.fromMap(Map.of("parallel.threshold", "1.5")));
        assertTrue(range.getMessage().contains("parallel.threshold"));
        assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.builder().parallelTypeWeight(0.6).parallelFieldWeight(0.6).build());
        assertThrows(IllegalArgumentException.class, () -> AnalysisSettings.fromMap(Map.of("kinds", "parallels")));
    }
}
