// What the low-vision check measures inside the page. Every call sends this file along with the
// call itself, because a mode that reloads the page loses whatever an earlier call left behind.
var GovsiteLowVision = (function () {
  'use strict';

  var WORD = /[\p{L}\p{N}]{2,}/gu;

  function norm(s) {
    return (s || '').replace(/\s+/g, ' ').trim();
  }

  function safeMatches(el, selector) {
    try { return el.matches(selector); } catch (e) { return false; }
  }

  function safeQueryAll(selector) {
    try { return Array.prototype.slice.call(document.querySelectorAll(selector)); } catch (e) { return []; }
  }

  /** One selector string made of the valid ones among {@code selectors}, or '' when none is. */
  function combine(selectors) {
    return (selectors || []).filter(function (sel) {
      try { document.querySelector(sel); return true; } catch (e) { return false; }
    }).join(', ');
  }

  function insideAny(el, combined, elements) {
    if (combined && el.closest(combined)) return true;
    for (var j = 0; j < elements.length; j++) {
      if (elements[j] && elements[j].contains(el)) return true;
    }
    return false;
  }

  function visible(el) {
    if (!el || !el.getClientRects || el.getClientRects().length === 0) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  function px(value) {
    var n = parseFloat(value);
    return isNaN(n) ? 0 : Math.round(n * 10) / 10;
  }

  function ownText(el) {
    var s = '';
    for (var c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += c.nodeValue;
    }
    return norm(s);
  }

  function key(el) {
    return el.tagName.toLowerCase() + '|' + ownText(el).toLowerCase().slice(0, 80);
  }

  function cssPath(el) {
    if (!el || el.nodeType !== 1) return '';
    var parts = [];
    for (var node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (node.id && /^[A-Za-z][\w-]*$/.test(node.id) && document.querySelectorAll('#' + node.id).length === 1) {
        parts.unshift('#' + node.id);
        break;
      }
      var tag = node.tagName.toLowerCase();
      if (tag === 'html' || tag === 'body') {
        parts.unshift(tag);
        break;
      }
      var part = tag;
      var parent = node.parentElement;
      if (parent) {
        var same = Array.prototype.filter.call(parent.children, function (c) { return c.tagName === node.tagName; });
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  }

  function effectiveBackground(el, cache) {
    var chain = [];
    var found = null;
    for (var node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (cache.has(node)) { found = cache.get(node); break; }
      chain.push(node);
      var s = getComputedStyle(node);
      if (s.backgroundImage && s.backgroundImage !== 'none') { found = 'image'; break; }
      var bg = s.backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) { found = bg; break; }
    }
    if (found === null) found = 'rgb(255, 255, 255)';
    chain.forEach(function (n) { cache.set(n, found); });
    return found;
  }

  function accessibleName(el) {
    var labelled = el.getAttribute('aria-labelledby');
    if (labelled) {
      var text = labelled.split(/\s+/).map(function (id) {
        var t = document.getElementById(id);
        return t ? t.textContent : '';
      }).join(' ');
      if (norm(text)) return norm(text);
    }
    if (norm(el.getAttribute('aria-label'))) return norm(el.getAttribute('aria-label'));
    if (el.tagName === 'INPUT') {
      if (norm(el.value)) return norm(el.value);
      if (norm(el.getAttribute('alt'))) return norm(el.getAttribute('alt'));
    }
    var own = norm(el.textContent);
    if (own) return own;
    var img = el.querySelector('img[alt], [role=img][aria-label], svg title');
    if (img) {
      var alt = img.tagName.toLowerCase() === 'title' ? img.textContent
          : (img.getAttribute('alt') || img.getAttribute('aria-label'));
      if (norm(alt)) return norm(alt);
    }
    return norm(el.getAttribute('title'));
  }

  var CONTROLS = 'a[href], a[onclick], button, [role=button], [role=link], input[type=button], input[type=submit],'
      + ' input[type=image], [onclick], summary, [tabindex]:not([tabindex="-1"])';

  /** Elements a user can click, with their accessible names; the caller matches the names. */
  function controls() {
    var seen = new Set();
    var out = [];
    safeQueryAll(CONTROLS).forEach(function (el) {
      if (seen.has(el)) return;
      seen.add(el);
      var name = accessibleName(el);
      if (!name || name.length > 200) return;
      out.push({ element: el, name: name, selector: cssPath(el), visible: visible(el) });
    });
    return out;
  }

  /** The elements that match each selector, in the order of the selectors. */
  function bySelectors(selectors) {
    var out = [];
    selectors.forEach(function (sel) {
      safeQueryAll(sel).forEach(function (el) {
        out.push({ element: el, name: accessibleName(el), selector: sel, visible: visible(el) });
      });
    });
    return out;
  }

  function addWeight(map, k, w) {
    map.set(k, (map.get(k) || 0) + w);
  }

  function heaviest(map) {
    var best = null, bestW = -1;
    map.forEach(function (w, k) { if (w > bestW) { best = k; bestW = w; } });
    return best;
  }

  /**
   * One state of the page. options: exclude (selectors of plugin UI), excludeElements (the opener),
   * onPurpose (selectors of content hidden on purpose), markers (selectors of known modes).
   */
  function measure(options) {
    var exclude = combine(options.exclude);
    var onPurposeSelector = combine(options.onPurpose);
    var excludeElements = (options.excludeElements || []).filter(function (e) { return e; });
    var bgCache = new Map();
    var sizes = new Map(), colours = new Map(), backgrounds = new Map(), pairs = new Map();
    var tokens = new Set(), onPurpose = new Set();
    var texts = [];
    var textLimit = options.textLimit || 4000;
    var visibleCache = new Map();
    function isVisible(el) {
      if (!visibleCache.has(el)) visibleCache.set(el, visible(el));
      return visibleCache.get(el);
    }
    var walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    var seenElements = new Set();
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = norm(node.nodeValue);
      if (!text) continue;
      var el = node.parentElement;
      if (!el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
      if (!isVisible(el)) continue;
      var words = text.toLowerCase().replace(/ё/g, 'е').match(WORD) || [];
      var purposeful = onPurposeSelector !== '' && insideAny(el, onPurposeSelector, []);
      if (insideAny(el, exclude, excludeElements)) continue;
      words.forEach(function (w) { (purposeful ? onPurpose : tokens).add(w); });
      var s = getComputedStyle(el);
      var size = px(s.fontSize);
      var bg = effectiveBackground(el, bgCache);
      addWeight(sizes, size, text.length);
      addWeight(colours, s.color, text.length);
      addWeight(backgrounds, bg, text.length);
      addWeight(pairs, s.color + ' on ' + bg, text.length);
      if (!seenElements.has(el) && texts.length < textLimit) {
        seenElements.add(el);
        texts.push({ key: key(el), selector: cssPath(el), px: size, color: s.color, background: bg,
          weight: s.fontWeight, text: ownText(el).slice(0, 80) });
      }
    }
    var links = new Set(), onPurposeLinks = new Set();
    safeQueryAll('a[href], area[href]').forEach(function (a) {
      if (!/^https?:/.test(a.href) || a.getAttribute('href').charAt(0) === '#') return;
      if (!isVisible(a) || insideAny(a, exclude, excludeElements)) return;
      var purposeful = onPurposeSelector !== '' && insideAny(a, onPurposeSelector, []);
      (purposeful ? onPurposeLinks : links).add(a.href.replace(/#.*$/, ''));
    });
    var images = [], onPurposeImages = [];
    var imageStates = [];
    safeQueryAll('img').forEach(function (img) {
      if (insideAny(img, exclude, excludeElements)) return;
      var shown = isVisible(img);
      var s = getComputedStyle(img);
      imageStates.push((shown ? 'shown' : 'hidden') + ':' + s.filter + ':' + s.opacity);
      var alt = norm(img.getAttribute('alt'));
      if (!shown || !alt) return;
      var purposeful = onPurposeSelector !== '' && insideAny(img, onPurposeSelector, []);
      (purposeful ? onPurposeImages : images).push({ src: img.currentSrc || img.src, alt: alt });
    });
    var markers = (options.markers || []).filter(function (sel) { return safeQueryAll(sel).length > 0; });
    var panelText = exclude === '' ? '' : norm(safeQueryAll(exclude).filter(function (e) {
      return isVisible(e) && !(e.parentElement && e.parentElement.closest(exclude));
    }).map(function (e) { return e.innerText; }).join(' '));
    var root = document.documentElement;
    return {
      url: location.href,
      baseFontPx: heaviest(sizes) || px(getComputedStyle(document.body || root).fontSize),
      color: heaviest(colours) || '',
      background: heaviest(backgrounds) || '',
      palette: Object.fromEntries(Array.from(pairs.entries()).sort(function (a, b) { return b[1] - a[1]; })
          .slice(0, 30)),
      imageStates: imageStates.join('|'),
      htmlClasses: Array.prototype.slice.call(root.classList),
      bodyClasses: document.body ? Array.prototype.slice.call(document.body.classList) : [],
      markers: markers,
      tokens: Array.from(tokens),
      onPurposeTokens: Array.from(onPurpose).filter(function (w) { return !tokens.has(w); }),
      links: Array.from(links),
      onPurposeLinks: Array.from(onPurposeLinks).filter(function (l) { return !links.has(l); }),
      images: images,
      onPurposeImages: onPurposeImages,
      texts: texts,
      panelText: panelText.slice(0, 2000),
      cookies: document.cookie,
      bvi: typeof window.isvek === 'object' && window.isvek && typeof window.isvek.Bvi === 'function' ? '1.0'
          : (window.jQuery && window.jQuery.bvi ? 'jquery' : ''),
      scrollWidth: root.scrollWidth,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight
    };
  }

  /** Contrast inputs of the elements axe names, so that a failure seen in both modes is told apart. */
  function describeTargets(targets) {
    var cache = new Map();
    return targets.map(function (sel) {
      var el = null;
      try { el = document.querySelector(sel); } catch (e) { el = null; }
      if (!el) return null;
      var s = getComputedStyle(el);
      return { key: key(el), px: px(s.fontSize), color: s.color, background: effectiveBackground(el, cache),
        weight: s.fontWeight, text: ownText(el).slice(0, 80) };
    });
  }

  function wait(done) {
    requestAnimationFrame(function () { setTimeout(done, 0); });
  }

  function baseSize(exclude) {
    exclude = combine(exclude);
    var sizes = new Map();
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = norm(node.nodeValue);
      var el = node.parentElement;
      if (!text || !el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
      if (!visible(el) || insideAny(el, exclude, [])) continue;
      addWeight(sizes, px(getComputedStyle(el).fontSize), text.length);
    }
    return heaviest(sizes) || 0;
  }

  /**
   * Clicks the mode's "larger text" control until the base size reaches stopAt (0: no limit) or the
   * text stops growing (three clicks in a row without growth, or maxClicks); answers the base
   * sizes before and after.
   */
  function growText(control, exclude, maxClicks, stopAt, done) {
    var start = baseSize(exclude), best = start, idle = 0, clicks = 0;
    function step() {
      if (clicks >= maxClicks || idle >= 3 || !control.isConnected || (stopAt > 0 && best >= stopAt)) {
        done({ start: start, reached: best, clicks: clicks });
        return;
      }
      clicks++;
      control.click();
      // Most handlers restyle at once, and reading the style forces the new layout; only a click
      // that showed no growth yet is given a frame to take effect.
      var now = baseSize(exclude);
      if (now > best + 0.05) {
        best = now;
        idle = 0;
        step();
        return;
      }
      wait(function () {
        now = baseSize(exclude);
        if (now > best + 0.05) { best = now; idle = 0; } else { idle++; }
        step();
      });
    }
    step();
  }

  /** Text boxes whose content overflows a box that hides the overflow. */
  function clipped(exclude) {
    exclude = combine(exclude);
    var out = [];
    safeQueryAll('body *').forEach(function (el) {
      if (out.length >= 200) return;
      var s = getComputedStyle(el);
      var clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      var clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!clipsX && !clipsY) return;
      if (!norm(el.textContent) || !visible(el) || insideAny(el, exclude, [])) return;
      var overX = clipsX && el.scrollWidth > el.clientWidth + 1;
      var overY = clipsY && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY) {
        out.push({ selector: cssPath(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth,
          scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, text: norm(el.textContent).slice(0, 80) });
      }
    });
    return out;
  }

  /**
   * The elements that make the page wider than the viewport: boxes reaching past its right edge, or
   * boxes whose content (a long word, a wide child) spills out of them; of nested ones the deepest.
   */
  function overflowing(exclude) {
    exclude = combine(exclude);
    var width = document.documentElement.clientWidth;
    var candidates = [];
    safeQueryAll('body *').forEach(function (el) {
      if (candidates.length >= 300) return;
      var r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      var spills = r.right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && r.left + el.scrollWidth > width + 1);
      if (!spills || insideAny(el, exclude, [])) return;
      var s = getComputedStyle(el);
      if (s.position === 'fixed' || s.overflowX === 'auto' || s.overflowX === 'scroll') return;
      candidates.push(el);
    });
    var deepest = candidates.filter(function (el) {
      return !candidates.some(function (other) { return other !== el && el.contains(other); });
    });
    var out = deepest.map(function (el) {
      var r = el.getBoundingClientRect();
      return { selector: cssPath(el), right: Math.round(Math.max(r.right, r.left + el.scrollWidth)),
        width: Math.round(Math.max(r.width, el.scrollWidth)), text: norm(el.textContent).slice(0, 80) };
    });
    out.sort(function (a, b) { return b.right - a.right; });
    return { scrollWidth: document.documentElement.scrollWidth, viewport: width, elements: out.slice(0, 5) };
  }

  var SPACING_ID = 'govsite-text-spacing';

  /** The WCAG 1.4.12 text-spacing overrides. */
  function addSpacing() {
    if (document.getElementById(SPACING_ID)) return;
    var style = document.createElement('style');
    style.id = SPACING_ID;
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
        + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.appendChild(style);
  }

  function removeSpacing() {
    var style = document.getElementById(SPACING_ID);
    if (style) style.remove();
  }

  /**
   * The boxes that clip text before and after the text-spacing overrides, the overrides taken out
   * again, in one call: the overrides are in for one drawn frame.
   */
  function clippedWithSpacing(exclude, done) {
    var before = clipped(exclude);
    addSpacing();
    requestAnimationFrame(function () {
      setTimeout(function () {
        try {
          done(JSON.stringify({ before: before, after: clipped(exclude) }));
        } finally {
          removeSpacing();
        }
      }, 0);
    });
  }

  return { controls: controls, bySelectors: bySelectors,
    measure: measure, describeTargets: describeTargets,
    growText: growText, clipped: clipped, overflowing: overflowing, addSpacing: addSpacing,
    removeSpacing: removeSpacing, clippedWithSpacing: clippedWithSpacing, cssPath: cssPath,
    // For hints.js, which adds to this object.
    internals: { CONTROLS: CONTROLS, safeQueryAll: safeQueryAll, norm: norm, visible: visible, accessibleName: accessibleName, cssPath: cssPath,
      ownText: ownText, key: key, px: px, effectiveBackground: effectiveBackground } };
})();
