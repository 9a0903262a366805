/* Filters of the practice bank: work in the browser without a server. Without JavaScript every practice is
   listed (the form stays hidden), so nothing is lost. */
(function () {
  function setup(form) {
    var list = form.nextElementSibling;
    if (!list) return;
    var cards = Array.prototype.slice.call(list.querySelectorAll("[data-forms]"));
    var count = form.querySelector("[data-nk-count]");
    function matches(card, name, value) {
      if (!value) return true;
      var field = card.getAttribute("data-" + name) || "";
      return name === "forms" || name === "tags" ? field.split("|").indexOf(value) >= 0 : field === value;
    }
    function apply() {
      var shown = 0;
      var selects = form.querySelectorAll("select");
      cards.forEach(function (card) {
        var ok = true;
        selects.forEach(function (s) { ok = ok && matches(card, s.name, s.value); });
        card.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = "Показано практик: " + shown + " из " + cards.length;
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }
  function init() {
    document.querySelectorAll("form[data-nk-filter]").forEach(setup);
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init); /* Material's instant navigation */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
