package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterTypedByAUserMatchThemselves() {
        assertEquals("%100\\%\\_a\\\\b%", Like.containing("100%_a\\b"));
        assertEquals("RL\\_2026%", Like.startingWith("RL_2026"));
        assertEquals("%燃气%", Like.containing("燃气"));
    }
}
