package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {
    /** In the style of a Bitrix state site's robots.txt: search, admin and print versions closed. */
    private static final String BITRIX = """
            User-agent: *
            Disallow: /bitrix/
            Disallow: /search/
            Disallow: /*?print=Y
            Disallow: /*.php$
            Allow: /bitrix/components/*.css
            Crawl-delay: 2

            User-agent: Yandex   # the search engine gets more
            Disallow: /bitrix/
            """;

    @Test
    void theStarGroupAppliesWhenNoGroupNamesGovsite() {
        var robots = RobotsTxt.parse(BITRIX, "govsite");
        assertTrue(robots.allows("/ru/news/"));
        assertFalse(robots.allows("/bitrix/admin/index.php"));
        assertFalse(robots.allows("/search/?q=бюджет"));
        assertFalse(robots.allows("/ru/news/12/?print=Y"));
        assertEquals(2.0, robots.crawlDelay().orElseThrow());
    }

    @Test
    void theLongestRuleWinsAndAllowWinsATie() {
        var robots = RobotsTxt.parse(BITRIX, "govsite");
        assertTrue(robots.allows("/bitrix/components/main/style.css"), "Allow is longer than Disallow /bitrix/");
        var tie = RobotsTxt.parse("User-agent: *\nDisallow: /kk/\nAllow: /kk/\n", "govsite");
        assertTrue(tie.allows("/kk/about"));
    }

    @Test
    void aDollarAnchorsTheEndAndWithoutItAPatternIsAPrefix() {
        var robots = RobotsTxt.parse(BITRIX, "govsite");
        assertFalse(robots.allows("/ru/index.php"));
        assertTrue(robots.allows("/ru/index.php?lang=kk"), "$ means the path ends there");
        assertTrue(RobotsTxt.matches("/ru", "/ru/news"));
        assertTrue(RobotsTxt.matches("/*/docs/*.pdf", "/kk/docs/order-12.pdf"));
        assertFalse(RobotsTxt.matches("/*/docs/*.pdf$", "/kk/docs/order-12.pdf.html"));
    }

    @Test
    void aGroupNamingGovsiteReplacesTheStarGroup() {
        var robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: GovSite
                User-agent: other-bot
                Disallow: /cabinet/
                """, "govsite");
        assertTrue(robots.allows("/ru/"));
        assertFalse(robots.allows("/cabinet/profile"));
        assertTrue(robots.crawlDelay().isEmpty());
    }

    @Test
    void disallowEverythingClosesTheSiteButNotRobotsTxtItself() {
        var robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n", "govsite");
        assertTrue(robots.closed());
        assertFalse(robots.allows("/ru/"));
        assertTrue(robots.allows("/robots.txt"));
        assertFalse(RobotsTxt.DISALLOW_ALL.allows("/"));
        assertTrue(RobotsTxt.ALLOW_ALL.allows("/anything"));
    }

    @Test
    void anEmptyDisallowOrNonsenseChangesNothing() {
        var robots = RobotsTxt.parse("User-agent: *\nDisallow:\nCrawl-delay: soon\nnot a line\nSitemap: /map.xml\n",
                "govsite");
        assertTrue(robots.allows("/ru/"));
        assertFalse(robots.closed());
        assertTrue(robots.crawlDelay().isEmpty());
    }

    @Test
    void rulesBeforeAnyUserAgentAreIgnored() {
        var robots = RobotsTxt.parse("Disallow: /\nUser-agent: *\nDisallow: /tmp/\n", "govsite");
        assertTrue(robots.allows("/ru/"));
        assertFalse(robots.allows("/tmp/x"));
    }

    @Test
    void aHostilePatternFullOfStarsStaysCheap() {
        String pattern = "/" + "*a".repeat(200) + "$";
        String path = "/" + "a".repeat(5000) + "b";
        // Matching by backtracking into every star would not finish; the linear matcher answers at once.
        assertFalse(RobotsTxt.matches(pattern, path));
        assertTrue(RobotsTxt.matches(pattern, "/" + "a".repeat(5000)));
    }
}
