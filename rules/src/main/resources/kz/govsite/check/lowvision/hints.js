// Added to GovsiteLowVision (probe.js) and sent with it: clues for low-vision toggles without a text
// label, and the text of the openers, which probe.js's measure() leaves out. IconToggles.java scores
// the clues.
(function (lv) {
  'use strict';
  var h = lv.internals;

  var ICON_PARTS = 'i, span, em, svg, use, img, input[type=image]';

  function fileName(url) {
    var m = /([^\/?#]+)(?:[?#].*)?$/.exec(url || '');
    return m ? m[1].toLowerCase() : '';
  }

  function backgroundFile(el) {
    var m = /url\(["']?([^"')]*)["']?\)/.exec(getComputedStyle(el).backgroundImage || '');
    return m ? fileName(m[1]) : '';
  }

  /**
   * Small clickable elements with what a person sees and what the site calls them: the control's
   * id and classes, its href (and onclick), and its icons (classes, image files, alt texts). The
   * caller scores these hints; elements with many descendants are containers, not controls.
   */
  function hinted() {
    var seen = new Set();
    var out = [];
    h.safeQueryAll(h.CONTROLS + ', a').forEach(function (el) {
      if (seen.has(el) || el.getElementsByTagName('*').length > 12) return;
      seen.add(el);
      var names = [];
      if (el.id) names.push(el.id.toLowerCase());
      Array.prototype.forEach.call(el.classList, function (c) { names.push(c.toLowerCase()); });
      var href = ((el.getAttribute('href') || '') + ' ' + (el.getAttribute('onclick') || '')).toLowerCase();
      var icons = [];
      var parts = [el].concat(Array.prototype.slice.call(el.querySelectorAll(ICON_PARTS)));
      parts.forEach(function (p) {
        if (p !== el) {
          Array.prototype.forEach.call(p.classList || [], function (c) { icons.push(c.toLowerCase()); });
          if (p.id) icons.push(p.id.toLowerCase());
        }
        var src = p.getAttribute('src') || p.getAttribute('href') || p.getAttribute('xlink:href');
        if (p !== el && src) icons.push(fileName(src));
        if (p === el && el.tagName === 'INPUT' && src) icons.push(fileName(src));
        if (p.getAttribute('alt')) icons.push(h.norm(p.getAttribute('alt')).toLowerCase());
        var bg = p.nodeType === 1 && p.tagName !== 'use' ? backgroundFile(p) : '';
        if (bg) icons.push(bg);
      });
      if (!names.length && !h.norm(href) && !icons.length) return;
      var box = el.closest('form, .input-group, .form-group, label') || el.parentElement;
      var nearPassword = !!(box && box.querySelector('input[type=password]'));
      out.push({ element: el, name: h.accessibleName(el), text: h.norm(el.textContent), selector: h.cssPath(el),
        visible: h.visible(el), names: names, href: h.norm(href), icons: icons, nearPassword: nearPassword });
    });
    return out;
  }

  /** Text samples of the given elements and what they hold: the openers, left out of measure(). */
  function textsWithin(elements) {
    var cache = new Map();
    var out = [];
    (elements || []).forEach(function (root) {
      if (!root || !root.isConnected) return;
      [root].concat(Array.prototype.slice.call(root.querySelectorAll('*'))).forEach(function (el) {
        if (!h.ownText(el)) return;
        var s = getComputedStyle(el);
        out.push({ key: h.key(el), selector: h.cssPath(el), px: h.px(s.fontSize), color: s.color,
          background: h.effectiveBackground(el, cache), weight: s.fontWeight, text: h.ownText(el).slice(0, 80) });
      });
    });
    return out;
  }

  lv.hinted = hinted;
  lv.textsWithin = textsWithin;
})(GovsiteLowVision);
