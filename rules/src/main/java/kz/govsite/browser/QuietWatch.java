package kz.govsite.browser;

/**
 * The page-side watch that tells when a page has settled: its DOM has not changed for a moment, no
 * request a script made is still under way, no short timer is overdue, and no CSS transition or
 * animation is running to an end.
 *
 * <p>Local sessions start the watch when each document starts (DevTools
 * {@code Page.addScriptToEvaluateOnNewDocument}), so a page that went quiet while it loaded has
 * settled as soon as it has loaded; a session without DevTools (a Grid's) starts it at the first
 * look and then waits the quiet time in full.
 */
final class QuietWatch {
    /** How long the DOM must stay unchanged after a load. Requests and animations are watched, so this need not cover them. */
    static final long QUIET_MS = 100;
    /**
     * The same after a click: its handler has run by the time the click returns, and what it starts
     * (a request, a transition, a navigation) is watched.
     */
    static final long ACTION_QUIET_MS = 50;
    /**
     * A request running longer than this no longer holds the page back: long polls, event streams
     * and chat widgets never end.
     */
    static final long REQUEST_PATIENCE_MS = 2_000;

    /** Starts the watch in a document, once. */
    static final String INSTALL = """
            (function () {
              if (window.__govsiteQuiet) return;
              var q = window.__govsiteQuiet = { last: performance.now(), requests: [] };
              function touch() { q.last = performance.now(); }
              // A navigation has started: the document is about to go, and its successor is what counts.
              window.addEventListener('beforeunload', function () { q.leaving = performance.now(); });
              new MutationObserver(touch).observe(document,
                  { subtree: true, childList: true, attributes: true, characterData: true });
              function started() { var r = { at: performance.now() }; q.requests.push(r); touch(); return r; }
              function ended(r) { var i = q.requests.indexOf(r); if (i >= 0) q.requests.splice(i, 1); touch(); }
              if (window.fetch) {
                var fetch = window.fetch;
                window.fetch = function () {
                  var r = started();
                  try {
                    var p = fetch.apply(this, arguments);
                    p.then(function () { ended(r); }, function () { ended(r); });
                    return p;
                  } catch (e) { ended(r); throw e; }
                };
              }
              // A short timer that is due but has not run yet: a busy renderer may run the watch's own
              // timer first, and the quiet it sees then is only the page waiting for its turn.
              var timeout = window.setTimeout, clearTimeout = window.clearTimeout, clearInterval = window.clearInterval;
              q.timers = {};
              q.timeout = timeout;
              window.setTimeout = function (handler, delay) {
                var args = Array.prototype.slice.call(arguments), ms = Number(delay) || 0, id;
                if (typeof handler !== 'function' || ms > %d) return timeout.apply(window, args);
                args[0] = function () { delete q.timers[id]; return handler.apply(this, arguments); };
                id = timeout.apply(window, args);
                q.timers[id] = performance.now() + ms;
                return id;
              };
              window.clearTimeout = function (id) { delete q.timers[id]; return clearTimeout.apply(window, arguments); };
              window.clearInterval = function (id) { delete q.timers[id]; return clearInterval.apply(window, arguments); };
              var send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function () {
                var r = started();
                this.addEventListener('loadend', function () { ended(r); });
                try { return send.apply(this, arguments); } catch (e) { ended(r); throw e; }
              };
            })();
            """.formatted(QUIET_MS);

    /**
     * Waits in the page until it has settled or the budget is spent; answers how it ended, the page's
     * URL and HTTP status (saving the commands that would ask for them), and which document it is
     * ({@code performance.timeOrigin}). Quiet is counted from the last change, or from
     * {@code arguments[0]} ms ago when that is later (a click whose effect is still to come).
     * Arguments: since-ms-ago (or -1), quiet ms, patience ms, budget ms.
     */
    static final String AWAIT = INSTALL + """
            var done = arguments[arguments.length - 1];
            function answer(state) {
              var n = performance.getEntriesByType('navigation')[0];
              done({ state: state, url: location.href, status: n && n.responseStatus ? n.responseStatus : 0,
                      document: performance.timeOrigin });
            }
            // A loaded page without scripts has nothing left to change it.
            if (arguments[0] < 0 && document.readyState === 'complete' && document.scripts.length === 0) return answer('settled');
            var q = window.__govsiteQuiet, now = performance.now();
            var from = arguments[0] >= 0 ? now - arguments[0] : 0;
            var quiet = arguments[1], patience = arguments[2], until = now + arguments[3];
            function busyFor() {
              var t = performance.now();
              if (document.readyState !== 'complete') return 25;
              // A navigation that has not replaced the document after a while was a download or a 204.
              if (q.leaving && t - q.leaving < patience) return 25;
              var wait = Math.max(q.last, from) + quiet - t;
              if (q.requests.some(function (r) { return t - r.at < patience; })) wait = Math.max(wait, 25);
              for (var id in q.timers) if (q.timers[id] <= t) wait = Math.max(wait, 25);
              if (document.getAnimations && document.getAnimations().some(function (a) {
                    var timing = a.effect && a.effect.getComputedTiming ? a.effect.getComputedTiming() : null;
                    return a.playState === 'running' && timing && isFinite(timing.endTime);
                  })) wait = Math.max(wait, 25);
              return wait;
            }
            (function poll() {
              var wait = busyFor();
              if (wait <= 0) return answer('settled');
              if (performance.now() + wait > until) return answer('busy');
              (q.timeout || setTimeout).call(window, poll, Math.min(wait, 100));
            })();
            """;

    private QuietWatch() {
    }
}
