// Kontakta kommunen: while the person types, suggest who will handle the question (progressive enhancement;
// the form works the same without this script). Asks POST /v1/route, which stores nothing.
(function () {
  "use strict";
  var field = document.getElementById("text");
  var output = document.getElementById("route-suggestion");
  if (!field || !output || !window.fetch) { return; }
  var lang = document.documentElement.lang === "en" ? "en" : "sv";
  var label = lang === "en" ? "Likely handled by: " : "Troligen hanteras av: ";
  var timer = null;
  var last = "";
  function suggest() {
    var text = field.value.trim();
    if (text.length < 12 || text === last) { return; }
    last = text;
    fetch("/v1/route", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text.slice(0, 4000) })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (!answer || !answer.contact) { return; }
      output.textContent = label + answer.contact.name;
    }).catch(function () { /* the suggestion is optional */ });
  }
  field.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(suggest, 400);
  });
})();
