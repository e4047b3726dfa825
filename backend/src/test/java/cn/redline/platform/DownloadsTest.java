package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aChineseNameGetsAnAsciiFallbackAndItsExactUtf8Form() {
        assertEquals("attachment; filename=\"___ ____.jpg\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%89%8D%20%22%E7%8E%B0%E5%9C%BA%22.jpg",
                Downloads.contentDisposition("整改前 \"现场\".jpg"));
    }

    @Test
    void quotesBackslashesAndPercentSignsNeverReachTheQuotedFallback() {
        assertEquals("attachment; filename=\"a_b_c_.pdf\"; filename*=UTF-8''a%22b%5Cc%25.pdf",
                Downloads.contentDisposition("a\"b\\c%.pdf"));
    }

    @Test
    void aChosenFallbackStandsForAnAllChineseName() {
        assertEquals("attachment; filename=\"hazards.xlsx\"; filename*=UTF-8''%E9%9A%90%E6%82%A3%E6%B8%85%E5%8D%95.xlsx",
                Downloads.contentDisposition("隐患清单.xlsx", "hazards.xlsx"));
    }
}
