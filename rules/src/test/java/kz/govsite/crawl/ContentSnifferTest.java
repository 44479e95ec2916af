package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {
    @ParameterizedTest
    @CsvSource({
            "255044462D312E340A, application/pdf",
            "504B030414000600, application/zip",
            "D0CF11E0A1B11AE1, application/msword",
            "89504E470D0A1A0A, image/png",
            "FFD8FFE000104A46, image/jpeg",
            "4749463839610100, image/gif",
            "1F8B080000000000, application/gzip",
            "3C68746D6C003E00, application/octet-stream",
            "FFFE3C006800, ''",
    })
    void tellsFilesByTheirFirstBytes(String hex, String expected) {
        byte[] head = java.util.HexFormat.of().parseHex(hex);
        assertEquals(expected, ContentSniffer.sniff(head, head.length));
    }

    @ParameterizedTest
    @CsvSource({"UTF-8", "windows-1251", "KOI8-R"})
    void leavesTextInAnyCharsetAlone(String charset) {
        byte[] page = "<!doctype html><html lang=ru><title>Министерство финансов</title>".getBytes(Charset.forName(charset));
        assertEquals("", ContentSniffer.sniff(page, page.length));
        assertEquals("", ContentSniffer.sniff("%PD".getBytes(StandardCharsets.US_ASCII), 3), "too short to tell");
    }
}
