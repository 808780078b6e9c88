// Live queue alerts for moderators: progressive enhancement over /mod,
// which works without this by reloading.
(function () {
  "use strict";
  if (!window.EventSource) { return; }
  var box = document.getElementById("live-alerts");
  if (!box) { return; }
  var labels = { 100: "Urgent: possible immediate danger", 50: "High: someone may be at risk" };
  var source = new EventSource("/mod/events");
  source.addEventListener("queue", function (ev) {
    var a;
    try { a = JSON.parse(ev.data); } catch (e) { return; }
    var p = document.createElement("p");
    var link = document.createElement("a");
    link.href = "/mod/items/" + a.item_id;
    link.textContent = (a.escalated ? "Waiting too long: " : "New: ") + (labels[a.priority] || "Check-in") + " (item " + a.item_id + ")";
    p.appendChild(link);
    box.insertBefore(p, box.firstChild);
    box.hidden = false;
    if (a.priority >= 50) { document.title = "(!) " + document.title.replace(/^\(!\) /, ""); }
  });
})();
