// krakn ui: the filter box, expanding a change (its SQL fetched or read from
// the page), and downloads of texts the page carries. Plain JavaScript.
(function () {
  "use strict";
  var embedded = null;
  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function pre(text) { return el("pre", "mono", text); }
  function definitions(list) {
    var box = el("div");
    list.forEach(function (pair) {
      box.appendChild(el("h4", "", pair.title + ": --to (now) | --from (wanted)"));
      var grid = el("div", "sbs");
      ["target", "source"].forEach(function (side) {
        var block = el("pre", "mono");
        pair[side].forEach(function (line) {
          block.appendChild(el("span", line[0], line[1] || " "));
        });
        grid.appendChild(block);
      });
      box.appendChild(grid);
    });
    return box;
  }
  function fill(target, bodies) {
    target.textContent = "";
    target.appendChild(el("h4", "", "SQL"));
    target.appendChild(pre(bodies.sql));
    target.appendChild(el("h4", "", "Rollback"));
    target.appendChild(pre(bodies.rollback));
    if (bodies.definitions) target.appendChild(definitions(bodies.definitions));
    target.dataset.loaded = "1";
  }
  function expand(details) {
    var target = details.querySelector(".sql");
    if (!target || target.dataset.loaded) return;
    var id = details.dataset.id;
    if (embedded) { fill(target, embedded[id]); return; }
    target.textContent = "loading\u2026";
    fetch("change/" + id, {credentials: "same-origin"})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (bodies) { fill(target, bodies); })
      .catch(function (e) { target.textContent = "could not load the SQL: " + e.message; });
  }
  var items = null;
  function texts() {
    // What each item's filter matches: its words as loaded (not SQL expanded later).
    if (!items) {
      items = Array.prototype.map.call(document.querySelectorAll(".item"), function (item) {
        return [item, ((item.dataset.k || "") + " " + item.textContent).toLowerCase()];
      });
    }
    return items;
  }
  function filter(box) {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var onlyForce = document.getElementById("only-force");
    var force = onlyForce && onlyForce.checked;
    var shown = 0;
    texts().forEach(function (pair) {
      var item = pair[0], text = pair[1];
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      if (force && item.dataset.force !== "1") ok = false;
      item.classList.toggle("hidden", !ok);
      if (ok) shown += 1;
    });
    document.querySelectorAll("[data-holder]").forEach(function (holder) {
      var any = holder.querySelector(".item:not(.hidden)");
      holder.classList.toggle("hidden", !any);
    });
    var count = document.getElementById("shown");
    if (count) count.textContent = shown;
  }
  function download(name) {
    var texts = data("krakn-downloads");
    var blob = new Blob([texts[name]], {type: "text/plain;charset=utf-8"});
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  document.addEventListener("DOMContentLoaded", function () {
    embedded = data("krakn-bodies");
    document.querySelectorAll("details.entry").forEach(function (d) {
      d.addEventListener("toggle", function () { if (d.open) expand(d); });
    });
    var box = document.getElementById("filter");
    if (box) {
      box.addEventListener("input", function () { filter(box); });
      var force = document.getElementById("only-force");
      if (force) force.addEventListener("change", function () { filter(box); });
      if (box.value) filter(box);
    }
    document.querySelectorAll("[data-download]").forEach(function (b) {
      b.addEventListener("click", function () { download(b.dataset.download); });
    });
  });
})();
