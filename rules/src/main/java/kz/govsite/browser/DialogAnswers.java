package kz.govsite.browser;

/**
 * Answers a page's {@code alert}, {@code confirm} and {@code prompt} the way a user who wants to go
 * on does (confirm: no, prompt: nothing), without the dialog ever opening. An open dialog blocks
 * every later command, and dismissing it after the load costs a command on every page.
 */
final class DialogAnswers {
    static final String INSTALL = """
            (function () {
              window.alert = function () {};
              window.confirm = function () { return false; };
              window.prompt = function () { return null; };
            })();
            """;

    private DialogAnswers() {
    }
}
