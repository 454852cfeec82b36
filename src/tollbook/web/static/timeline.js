// Draws the timeline from the JSON the page carries; no inline script (CSP).
(function () {
  var node = document.getElementById("series");
  var chart = document.getElementById("chart");
  if (!node || !chart || typeof Plotly === "undefined") return;
  var series = JSON.parse(node.textContent);
  if (!series.length) return;
  var traces = series.map(function (s) {
    return {x: s.x, y: s.y, text: s.text, customdata: s.entry_ids, name: s.name, mode: "lines+markers",
            type: "scatter", hovertemplate: "%{text}<extra></extra>", line: {shape: "hv"}};
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
