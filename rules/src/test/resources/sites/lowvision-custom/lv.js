// A hand-written low-vision mode as many sites have one: a class on <html>, kept in localStorage.
(function () {
  var root = document.documentElement;
  var MIN = 24, MAX = 56, STEP = 4;

  function size() {
    return parseInt(localStorage.getItem('lvSize') || String(MIN), 10);
  }

  function apply() {
    var on = localStorage.getItem('lv') === 'on';
    root.classList.toggle('lv', on);
    if (on) root.style.setProperty('--lv-size', size() + 'px');
    else root.style.removeProperty('--lv-size');
  }

  apply();
  document.addEventListener('click', function (event) {
    var control = event.target.closest('[data-lv]');
    if (!control) return;
    event.preventDefault();
    var action = control.getAttribute('data-lv');
    if (action === 'on') {
      localStorage.setItem('lv', 'on');
    } else if (action === 'off') {
      // The chosen size is remembered for the next time, as many sites do.
      localStorage.removeItem('lv');
    } else if (action === 'bigger') {
      localStorage.setItem('lvSize', String(Math.min(MAX, size() + STEP)));
    }
    apply();
  });
})();
