/* Search as you type: fills the search box's <datalist> with matching titles.
   A progressive enhancement: without JavaScript the form works the same. */
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest-url]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = "";
    if (!list || !window.fetch) { return; }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var query = input.value.trim();
        if (query.length < 2 || query === last) { return; }
        last = query;
        var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
        window.fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.suggestions.forEach(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();
