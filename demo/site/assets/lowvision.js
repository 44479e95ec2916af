/*
 * Version for the visually impaired («Версия для слабовидящих», «Нашар көретіндерге арналған нұсқа»).
 *
 * State bodies' sites must offer it on every page. The mode is a class on <html> (lv-on) that
 * site.css turns into large black-on-white type, plus a panel with font size buttons and a way
 * back. The choice is kept in localStorage so that it follows the visitor from page to page.
 *
 * Loaded without defer in <head>: the class then lands on <html> before the first paint, and a
 * visitor who chose the mode never sees a flash of the small low-contrast page in between.
 */
(function () {
  'use strict';

  var MODE_KEY = 'lowvision';
  var SIZE_KEY = 'lowvision-size';
  // Font sizes offered in the mode, in CSS pixels; the first is the floor the mode guarantees.
  var SIZES = [24, 28, 32];

  var TEXTS = {
    ru: {
      panel: 'Настройки версии для слабовидящих',
      size: 'Размер шрифта:',
      smaller: 'Уменьшить шрифт',
      larger: 'Увеличить шрифт',
      back: 'Обычная версия сайта'
    },
    kk: {
      panel: 'Нашар көретіндерге арналған нұсқаның баптаулары',
      size: 'Қаріп өлшемі:',
      smaller: 'Қаріпті кішірейту',
      larger: 'Қаріпті үлкейту',
      back: 'Қалыпты нұсқа'
    }
  };

  var root = document.documentElement;

  // localStorage throws in some private modes and when storage is blocked; the mode then simply
  // lasts until the next page instead of breaking the page.
  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function save(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      /* keep working for this page only */
    }
  }

  function texts() {
    var lang = (root.getAttribute('lang') || 'ru').toLowerCase().split('-')[0];
    return TEXTS[lang] || TEXTS.ru;
  }

  function storedSizeIndex() {
    var stored = SIZES.indexOf(parseInt(load(SIZE_KEY), 10));
    return stored < 0 ? 0 : stored;
  }

  // Kept in memory too, so that A+/A- still work on a page whose storage is blocked.
  var sizeIndex = storedSizeIndex();

  function applySize(index) {
    root.style.fontSize = SIZES[index] + 'px';
    var panel = document.getElementById('lv-panel');
    if (panel) {
      panel.querySelector('[data-lv-size="-1"]').disabled = index === 0;
      panel.querySelector('[data-lv-size="1"]').disabled = index === SIZES.length - 1;
    }
  }

  function buildPanel() {
    var t = texts();
    var panel = document.createElement('div');
    panel.id = 'lv-panel';
    panel.className = 'lv-panel';
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', t.panel);
    panel.innerHTML =
      '<div class="container">' +
      '<div class="lv-sizes">' +
      '<span>' + t.size + '</span>' +
      '<button type="button" data-lv-size="-1" title="' + t.smaller + '">A-</button>' +
      '<button type="button" data-lv-size="1" title="' + t.larger + '">A+</button>' +
      '</div>' +
      '<a href="#" class="lowvision-off">' + t.back + '</a>' +
      '</div>';
    return panel;
  }

  function showPanel() {
    if (document.getElementById('lv-panel') || !document.body) return;
    var panel = buildPanel();
    // After the skip link, so that it stays the first thing a keyboard user reaches.
    var skip = document.body.querySelector('.skip-link');
    document.body.insertBefore(panel, skip ? skip.nextSibling : document.body.firstChild);
    applySize(sizeIndex);
  }

  function turnOn() {
    root.classList.add('lv-on');
    save(MODE_KEY, 'on');
    applySize(sizeIndex);
    showPanel();
  }

  function turnOff() {
    root.classList.remove('lv-on');
    root.style.fontSize = '';
    save(MODE_KEY, 'off');
    var panel = document.getElementById('lv-panel');
    if (panel) panel.parentNode.removeChild(panel);
    var toggle = document.querySelector('.lowvision-toggle');
    if (toggle) toggle.focus();
  }

  // One listener on the document: it works for the toggle in the header and for the panel that
  // is added later, and it is in place before the body has even been parsed.
  document.addEventListener('click', function (event) {
    var target = event.target.closest('.lowvision-toggle, .lowvision-off, [data-lv-size]');
    if (!target) return;
    event.preventDefault();
    if (target.classList.contains('lowvision-toggle')) {
      turnOn();
      var back = document.querySelector('.lowvision-off');
      if (back) back.focus();
    } else if (target.classList.contains('lowvision-off')) {
      turnOff();
    } else {
      var step = Number(target.getAttribute('data-lv-size'));
      sizeIndex = Math.max(0, Math.min(SIZES.length - 1, sizeIndex + step));
      save(SIZE_KEY, String(SIZES[sizeIndex]));
      applySize(sizeIndex);
    }
  });

  if (load(MODE_KEY) === 'on') {
    root.classList.add('lv-on');
    applySize(sizeIndex);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', showPanel);
    } else {
      showPanel();
    }
  }
})();
