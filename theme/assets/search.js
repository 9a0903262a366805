/* Search over the Pagefind index: the index is split into chunks and only those a query needs are fetched.
   A small interface of our own instead of Pagefind's default UI keeps the first query light. */
(function () {
  function plural(n, one, few, many) {
    var m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return one;
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
    return many;
  }
  function setup(form) {
    var input = form.querySelector("input[name=q]");
    var status = form.querySelector(".nk-search__status");
    var list = form.querySelector(".nk-search__results");
    var engine = null, seq = 0, timer = null;
    function load() {
      if (!engine) {
        var script = new URL(form.getAttribute("data-nk-search"), document.baseURI);
        engine = import(script.href).then(async function (pf) {
          /* no web worker: its script is another 40 KB for the first query, and a search takes milliseconds */
          await pf.options({ noWorker: true });
          /* a region's index comes in parts (generator/search): merge the others into this one */
          var others = [];
          try { others = await (await fetch(new URL("bundles.json", script))).json(); } catch (e) { others = []; }
          for (var i = 0; i < others.length; i++) await pf.mergeIndex(new URL(others[i], script).href);
          return pf;
        });
      }
      return engine;
    }
    var PAGE = 10; /* results shown at a time: each one fetches its own fragment of the index */
    var more = document.createElement("button");
    more.type = "button";
    more.className = "nk-search__more md-button";
    more.hidden = true;
    form.appendChild(more);
    var results = [], shown = 0;
    async function show(mine) {
      var next = results.slice(shown, shown + PAGE);
      var data = await Promise.all(next.map(function (r) { return r.data(); }));
      if (mine !== seq) return;
      data.forEach(function (page) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = page.url;
        a.textContent = (page.meta && page.meta.title) || page.url;
        var p = document.createElement("p");
        p.innerHTML = page.excerpt; /* Pagefind escapes the text and marks matches with <mark> */
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
      shown += next.length;
      var left = results.length - shown;
      more.hidden = left <= 0;
      more.textContent = "Показать ещё " + Math.min(left, PAGE) + " из " + left;
    }
    more.addEventListener("click", function () { show(seq); });
    async function run() {
      var query = input.value.trim(), mine = ++seq;
      if (query.length < 2) { list.innerHTML = ""; status.textContent = ""; more.hidden = true; return; }
      status.textContent = "Ищем…";
      var pagefind = await load();
      var search = await pagefind.search(query);
      if (mine !== seq) return;
      results = search.results;
      shown = 0;
      var n = results.length;
      status.textContent = n ? "Найдено: " + n + " " + plural(n, "страница", "страницы", "страниц") : "Ничего не найдено";
      list.innerHTML = "";
      await show(mine);
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; run(); }
  }
  function init() { document.querySelectorAll("form[data-nk-search]").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
