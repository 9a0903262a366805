/* The version for the visually impaired: the switch turns it on and off, the panel's choices apply at once and
   are remembered (localStorage), so they survive navigation to another page. The head of every page applies a
   stored choice before the first paint (theme/main.html); this script wires the controls. */
(function () {
  var KEY = "nk-vi";
  var DEFAULTS = { on: false, size: "2", scheme: "bw", images: "on", spacing: "normal" };
  var root = document.documentElement;

  function load() {
    var state = {};
    try { state = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { state = {}; }
    for (var k in DEFAULTS) if (!(k in state)) state[k] = DEFAULTS[k];
    return state;
  }
  function save(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
  }
  function altTexts() {
    // with images off, a reader still learns what each image showed
    Array.prototype.forEach.call(document.querySelectorAll(".md-content img[alt]"), function (img) {
      var alt = img.getAttribute("alt");
      if (!alt || (img.nextSibling && img.nextSibling.className === "nk-alt")) return;
      var span = document.createElement("span");
      span.className = "nk-alt";
      span.textContent = "Изображение: " + alt;
      img.parentNode.insertBefore(span, img.nextSibling);
    });
  }
  function apply(state) {
    if (state.on) {
      root.setAttribute("data-nk-vi", "on");
      ["size", "scheme", "images", "spacing"].forEach(function (k) { root.setAttribute("data-nk-" + k, state[k]); });
      if (state.images === "off") altTexts();
    } else {
      ["vi", "size", "scheme", "images", "spacing"].forEach(function (k) { root.removeAttribute("data-nk-" + k); });
    }
  }
  function setup(box) {
    var button = box.querySelector("[data-nk-vi-switch]");
    var panel = box.querySelector("form");
    var state = load();
    function show() {
      panel.hidden = !state.on;
      button.setAttribute("aria-expanded", state.on ? "true" : "false");
      button.setAttribute("aria-pressed", state.on ? "true" : "false");
      Array.prototype.forEach.call(panel.querySelectorAll("input[type=radio]"), function (input) {
        input.checked = state[input.name] === input.value;
      });
    }
    button.addEventListener("click", function () {
      state.on = !state.on;
      save(state);
      apply(state);
      show();
    });
    panel.addEventListener("change", function (event) {
      var input = event.target;
      if (!input || !input.name) return;
      state[input.name] = input.value;
      save(state);
      apply(state);
    });
    panel.addEventListener("submit", function (event) { event.preventDefault(); });
    apply(state);
    show();
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-nk-vi-root]"), setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
