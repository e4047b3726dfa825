package cn.redline.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgCodesTest {

    @Test
    void acceptsARealUnifiedSocialCreditCode() {
        // 91350100M000100Y43: a published sample code with a valid check character
        assertTrue(OrgCodes.checkCreditCode("91350100M000100Y43").isEmpty());
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertEquals("has a wrong check character (expected 3)",
                OrgCodes.checkCreditCode("91350100M000100Y44").orElseThrow());
    }

    @Test
    void rejectsLettersOutsideTheCreditCodeAlphabet() {
        assertTrue(OrgCodes.checkCreditCode("91350100I000100Y43").isPresent());
    }

    @Test
    void divisionCodesFollowTheirLevel() {
        assertTrue(OrgCodes.checkRegion("520000", RegionLevel.PROVINCE).isEmpty());
        assertTrue(OrgCodes.checkRegion("520100", RegionLevel.CITY).isEmpty());
        assertTrue(OrgCodes.checkRegion("520102", RegionLevel.DISTRICT).isEmpty());
        assertTrue(OrgCodes.checkRegion("520100", RegionLevel.DISTRICT).isPresent());
        assertTrue(OrgCodes.checkRegion("520102001", RegionLevel.TOWNSHIP).isEmpty());
        assertTrue(OrgCodes.checkRegion("52010200", RegionLevel.TOWNSHIP).isPresent());
        assertTrue(OrgCodes.checkRegion("520102001001", RegionLevel.VILLAGE).isEmpty());
    }

    @Test
    void aChildDivisionCodeContinuesItsParents() {
        Org nanming = new Org();
        nanming.code = "520102";
        nanming.regionLevel = RegionLevel.DISTRICT;
        assertTrue(OrgCodes.checkWithinParent("520102009", RegionLevel.TOWNSHIP, nanming).isEmpty());
        assertTrue(OrgCodes.checkWithinParent("520113009", RegionLevel.TOWNSHIP, nanming).isPresent());
    }

    @Test
    void checkCharMatchesTheValidator() {
        String first17 = "91520102MA6DKX2Q1";
        String code = first17 + OrgCodes.creditCheckChar(first17);
        assertTrue(OrgCodes.checkCreditCode(code).isEmpty());
    }
}
