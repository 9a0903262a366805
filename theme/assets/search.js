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
      if (!engine) engine = import(new URL(form.getAttribute("data-nk-search"), document.baseURI).href);
      return engine;
    }
    async function run() {
      var query = input.value.trim(), mine = ++seq;
      if (query.length < 2) { list.innerHTML = ""; status.textContent = ""; return; }
      status.textContent = "Ищем…";
      var pagefind = await load();
      var search = await pagefind.search(query);
      if (mine !== seq) return;
      var data = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
      if (mine !== seq) return;
      var n = search.results.length;
      status.textContent = n ? "Найдено: " + n + " " + plural(n, "страница", "страницы", "страниц") : "Ничего не найдено";
      list.innerHTML = "";
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
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; run(); }
  }
  function init() { document.querySelectorAll("form[data-nk-search]").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
