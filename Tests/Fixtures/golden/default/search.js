// Filters the search page's list as the reader types. The page lists every
// entry without it, so the report stays fully usable with JavaScript switched off.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var data = document.getElementById("search-index");
  if (!input || !list || !data) { return; }
  document.getElementById("search-form").addEventListener("submit", function (event) { event.preventDefault(); });
  var entries = JSON.parse(data.textContent);
  var fold = function (text) { return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); };
  entries.forEach(function (entry) { entry.haystack = fold(entry.kind + " " + entry.title + " " + entry.text); });
  function show(matches) {
    list.textContent = "";
    matches.forEach(function (entry) {
      var item = document.createElement("li");
      var tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = entry.kind;
      var link = document.createElement("a");
      link.href = entry.href;
      link.textContent = entry.title;
      var text = document.createElement("span");
      text.className = "search-text";
      text.textContent = entry.text;
      item.append(tag, " ", link, " ", text);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", function () {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var matches = entries.filter(function (entry) {
      return words.every(function (word) { return entry.haystack.indexOf(word) !== -1; });
    });
    show(matches);
    status.textContent = words.length ? matches.length + " of " + entries.length + " entries match." : "";
  });
})();
