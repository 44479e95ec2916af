/** Browser sessions (local Chromium or a Selenium Grid), locating the browser, and axe-core injection. */
package kz.govsite.browser;
