/* Filters of the practice bank: work in the browser without a server. Without JavaScript every practice is
   listed (the form stays hidden), so nothing is lost. A region's bank lists only its newest practices on the
   page (data-nk-bank): the first filter, or «Показать все», loads every practice from that JSON file and the
   filters then choose among all of them. */
(function () {
  function card(entry) {
    /* the same markup as the page's own cards (practices.md.j2); text goes in as text, never as HTML */
    var li = document.createElement("li");
    li.className = "nk-card";
    li.setAttribute("data-forms", entry.f.join("|"));
    li.setAttribute("data-year", String(entry.y));
    li.setAttribute("data-org", entry.o);
    li.setAttribute("data-tags", entry.g.join("|"));
    li.setAttribute("data-award", entry.a.length ? "1" : "0");
    var h = document.createElement("h2");
    h.className = "nk-card__title";
    var a = document.createElement("a");
    a.setAttribute("href", entry.u);
    a.textContent = entry.t;
    h.appendChild(a);
    var meta = document.createElement("p");
    meta.className = "nk-muted";
    meta.textContent = entry.f.join(", ") + " · " + entry.y + (entry.n ? " · " + entry.n : "");
    entry.a.forEach(function (award) {
      meta.appendChild(document.createTextNode(" · "));
      var span = document.createElement("span");
      span.className = "nk-award";
      span.textContent = award;
      meta.appendChild(span);
    });
    var summary = document.createElement("p");
    summary.textContent = entry.s;
    li.appendChild(h);
    li.appendChild(meta);
    li.appendChild(summary);
    return li;
  }

  function setup(form) {
    var list = form.nextElementSibling;
    if (!list) return;
    var cards = Array.prototype.slice.call(list.querySelectorAll("[data-forms]"));
    var count = form.querySelector("[data-nk-count]");
    var bank = list.getAttribute("data-nk-bank");
    var total = Number(list.getAttribute("data-nk-total")) || cards.length;
    var allButton = form.querySelector("[data-nk-all]");
    var loading = null;

    function loadAll() {
      if (!bank) return Promise.resolve();
      if (!loading) {
        if (count) count.textContent = "Загружаются все практики…";
        loading = fetch(new URL(bank, window.location.href).href)
          .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.json();
          })
          .then(function (entries) {
            var fresh = entries.map(card);
            var all = document.createDocumentFragment(); /* one insertion, whatever the count */
            fresh.forEach(function (li) { all.appendChild(li); });
            list.replaceChildren(all);
            cards = fresh;
            bank = null;
            var more = list.parentNode.querySelector("[data-nk-bank-more]");
            if (more) more.hidden = true;
            if (allButton) allButton.hidden = true;
          })
          .catch(function () {
            loading = null;
            if (count) count.textContent = "Не удалось загрузить все практики; показаны новейшие " + cards.length + " из " + total;
            throw new Error("bank");
          });
      }
      return loading;
    }

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
      if (!count) return;
      count.textContent = bank
        ? "Показаны новейшие практики: " + shown + " из " + total
        : "Показано практик: " + shown + " из " + cards.length;
    }
    function loadThenApply() {
      loadAll().then(apply, function () {});
    }
    form.addEventListener("change", loadThenApply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    if (allButton) allButton.addEventListener("click", loadThenApply);
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
