// A state committee's "uGost" mode: an eye icon with no text switches it on, a class on <body>
// keeps it, localStorage remembers it for the next page.
(function () {
  function apply() {
    document.body.classList.toggle('ugost-on', localStorage.getItem('ugost') === 'on');
  }
  apply();
  document.addEventListener('click', function (event) {
    var on = event.target.closest('#enableuGost, .js-ugost');
    var off = event.target.closest('.ugost-off');
    if (!on && !off) return;
    event.preventDefault();
    if (on) localStorage.setItem('ugost', 'on'); else localStorage.removeItem('ugost');
    apply();
  });
})();
