// Filters table rows, findings and tree nodes by the text typed in the
// header box. Matching is case-insensitive on the visible text.
(function () {
  "use strict";
  var box = document.getElementById("filter");
  var status = document.getElementById("filter-status");
  if (!box) { return; }
  function items() {
    return document.querySelectorAll("table.filterable tbody tr, .filter-item");
  }
  function apply() {
    var q = box.value.trim().toLowerCase();
    var all = items(), shown = 0;
    all.forEach(function (el) {
      var match = q === "" || el.textContent.toLowerCase().indexOf(q) >= 0;
      el.classList.toggle("hidden", !match);
      if (match) { shown++; }
      if (match && q !== "" && el.tagName === "DETAILS") { el.open = true; }
    });
    document.querySelectorAll("details.node").forEach(function (el) {
      if (q !== "" && el.classList.contains("hidden") && el.querySelector("details.node:not(.hidden)")) {
        el.classList.remove("hidden");
        el.open = true;
      }
    });
    document.querySelectorAll("article.group").forEach(function (g) {
      g.classList.toggle("hidden", q !== "" && !g.querySelector(".finding:not(.hidden)"));
    });
    status.textContent = q === "" ? "" : shown + " of " + all.length + " match";
    if (q !== "") {
      document.querySelectorAll("details.section").forEach(function (d) { d.open = true; });
    }
  }
  box.addEventListener("input", apply);
})();
