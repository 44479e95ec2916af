package kz.govsite.maven;

import java.io.File;
import java.util.List;

/** Mojos with the values Maven would inject from the parameters' defaults. */
final class Mojos {
    private Mojos() {
    }

    static CheckMojo check(String... urls) {
        var mojo = new CheckMojo();
        mojo.urls = List.of(urls);
        mojo.maxPages = 40;
        mojo.maxDepth = -1;
        mojo.maxRequestsPerSecond = 5;
        mojo.windowSize = "1280x1024";
        mojo.pageTimeout = 30;
        mojo.reportLanguage = "ru";
        mojo.failOn = "serious";
        mojo.outputDirectory = new File("target/govsite-test");
        mojo.lowVisionMinFontPx = 16;
        mojo.lowVisionMinScale = 2.0;
        mojo.lowVisionReflowWidth = 640;
        mojo.screenshots = true;
        return mojo;
    }
}
