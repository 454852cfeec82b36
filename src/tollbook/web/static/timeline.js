// Draws the timeline from the JSON the page carries; no inline script (CSP).
(function () {
  var node = document.getElementById("series");
  var chart = document.getElementById("chart");
  if (!node || !chart || typeof Plotly === "undefined") return;
  var series = JSON.parse(node.textContent);
  if (!series.length) return;
  // A party's own series (kind "series") is a line; against it, news reports are points.
  var withSeries = series.some(function (s) { return s.kind === "series"; });
  var traces = series.map(function (s) {
    var mode = s.kind === "series" ? "lines" : (withSeries ? "markers" : "lines+markers");
    var trace = {x: s.x, y: s.y, text: s.text, customdata: s.entry_ids, name: s.name, mode: mode,
                 type: "scatter", hovertemplate: "%{text}<extra></extra>", line: {shape: "hv"}};
    if (s.kind !== "series" && withSeries) trace.marker = {size: 10};
    return trace;
  });
  Plotly.newPlot(chart, traces, {
    margin: {t: 20, r: 20, b: 50, l: 70}, hovermode: "closest", legend: {orientation: "h", y: -0.2},
    yaxis: {title: "figure claimed", rangemode: "tozero", separatethousands: true}, xaxis: {type: "date"},
    font: {family: "system-ui, sans-serif"}
  }, {displaylogo: false, responsive: true}).then(function () { chart.setAttribute("data-drawn", "1"); });
  chart.on("plotly_click", function (ev) {
    var id = ev.points && ev.points[0] && ev.points[0].customdata;
    if (id) window.location.href = "/entries/" + encodeURIComponent(id);
  });
})();
