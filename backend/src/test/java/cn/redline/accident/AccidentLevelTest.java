package cn.redline.accident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACC 3: each level's thresholds are inclusive lower bounds ("以上包括本数，以下不包括本数"); the highest reached wins. */
class AccidentLevelTest {

    private static AccidentLevel level(int deaths, int injuries, String lossYuan) {
        return AccidentLevel.derive(deaths, injuries, new BigDecimal(lossYuan)).level();
    }

    @ParameterizedTest(name = "{0} deaths → {1}")
    @CsvSource({"0, GENERAL", "2, GENERAL", "3, LARGER", "9, LARGER", "10, MAJOR", "29, MAJOR", "30, ESPECIALLY_MAJOR",
            "31, ESPECIALLY_MAJOR"})
    void deathsReachTheLevelAtItsLowerBoundInclusive(int deaths, AccidentLevel expected) {
        assertEquals(expected, level(deaths, 0, "0"));
    }

    @ParameterizedTest(name = "{0} serious injuries → {1}")
    @CsvSource({"9, GENERAL", "10, LARGER", "49, LARGER", "50, MAJOR", "99, MAJOR", "100, ESPECIALLY_MAJOR"})
    void seriousInjuriesReachTheLevelAtItsLowerBoundInclusive(int injuries, AccidentLevel expected) {
        assertEquals(expected, level(0, injuries, "0"));
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource({"9999999.99, GENERAL", "10000000, LARGER", "49999999.99, LARGER", "50000000, MAJOR", "99999999.99, MAJOR",
            "100000000, ESPECIALLY_MAJOR"})
    void directLossReachesTheLevelAtItsLowerBoundInclusive(String loss, AccidentLevel expected) {
        assertEquals(expected, level(0, 0, loss));
    }

    @Test
    void theHighestLevelAnyFigureReachesWinsAndSaysWhichFiguresReachIt() {
        AccidentLevel.Derived d = AccidentLevel.derive(3, 50, new BigDecimal("50000000"));
        assertEquals(AccidentLevel.MAJOR, d.level());
        assertEquals(List.of("SERIOUS_INJURIES", "DIRECT_LOSS"), d.reachedBy());
        assertEquals(List.of(), AccidentLevel.derive(2, 9, new BigDecimal("9999999.99")).reachedBy());
    }
}
