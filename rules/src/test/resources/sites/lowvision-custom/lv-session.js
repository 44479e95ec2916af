// The same mode, but it remembers nothing: the next page opens in the normal version again.
(function () {
  var root = document.documentElement;
  var size = 24;
  document.addEventListener('click', function (event) {
    var control = event.target.closest('[data-lv]');
    if (!control) return;
    event.preventDefault();
    var action = control.getAttribute('data-lv');
    if (action === 'on') root.classList.add('lv');
    if (action === 'off') root.classList.remove('lv');
    if (action === 'bigger') size = Math.min(56, size + 4);
    root.style.setProperty('--lv-size', size + 'px');
  });
})();
