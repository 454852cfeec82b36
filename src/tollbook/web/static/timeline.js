// Draws the timeline from the JSON the page carries; no inline script (CSP).
// Running totals: lines (top panel); figures of unknown span: open marks (top, not joined);
// figures for a day or a week, or one event: bars (bottom panel). A party's own published series:
// a grey line, the news totals then points against it. Click any mark for its evidence.
(function () {
  var node = document.getElementById("series");
  var chart = document.getElementById("chart");
  if (!node || !chart || typeof Plotly === "undefined") return;
  var traces = JSON.parse(node.textContent);
  if (!traces.length) return;
  var hasBars = traces.some(function (t) { return t.kind === "interval"; });
  var hasLines = traces.some(function (t) { return t.kind !== "interval"; });
  // A party's own published series (kind "series") is a line; against it, the news reports are points.
  var withSeries = traces.some(function (t) { return t.kind === "series"; });
  var seriesDashes = ["solid", "dash", "dot", "dashdot"], nSeries = 0;
  var shown = {};
  var data = traces.map(function (t) {
    var first = !shown[t.name];
    shown[t.name] = true;
    var base = {x: t.x, y: t.y, text: t.text, customdata: t.entry_ids, name: t.name, legendgroup: t.name,
                showlegend: first, hovertemplate: "%{text}<extra></extra>"};
    if (t.kind === "interval") {
      var widths = t.x.map(function (x, i) {
        var start = t.start[i] ? Date.parse(t.start[i]) : NaN;
        var days = isNaN(start) ? 1 : Math.max(1, (Date.parse(x) - start) / 86400000);
        return days * 86400000;
      });
      return Object.assign(base, {type: "bar", yaxis: hasLines ? "y2" : "y", width: widths, textposition: "none",
                                  offset: widths.map(function (w) { return -w; }), marker: {color: t.colour, opacity: 0.75}});
    }
    if (t.kind === "series") {
      return Object.assign(base, {type: "scatter", mode: "lines",
                                  line: {shape: "hv", color: "#444", width: 3, dash: seriesDashes[nSeries++ % seriesDashes.length]},
                                  opacity: 0.7});
    }
    if (t.kind === "cumulative" && withSeries) {
      return Object.assign(base, {type: "scatter", mode: "markers", marker: {color: t.colour, size: 10}});
    }
    if (t.kind === "cumulative") {
      return Object.assign(base, {type: "scatter", mode: "lines+markers", line: {shape: "hv", color: t.colour, dash: t.dash},
                                  marker: {color: t.colour, size: 7}});
    }
    return Object.assign(base, {type: "scatter", mode: "markers",
                                marker: {color: t.colour, size: 9, symbol: "circle-open", line: {width: 2}}});
  });
  var layout = {
    margin: {t: 20, r: 20, b: 40, l: 80}, hovermode: "closest", barmode: "overlay",
    legend: {orientation: "h", y: -0.12}, font: {family: "system-ui, sans-serif"}, xaxis: {type: "date"},
    yaxis: {title: {text: hasLines ? "running total" : "per day or period"}, rangemode: "tozero", separatethousands: true,
            domain: hasBars && hasLines ? [0.38, 1] : [0, 1]}
  };
  // A few days of figures still get a readable span of dates, not hours.
  var days = [].concat.apply([], traces.map(function (t) { return t.x.map(Date.parse); }));
  var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days), week = 7 * 86400000;
  if (hi - lo < week) {
    layout.xaxis.range = [new Date(lo - week / 2).toISOString().slice(0, 10), new Date(hi + week / 2).toISOString().slice(0, 10)];
  }
  if (hasBars && hasLines) {
    layout.yaxis2 = {title: {text: "per day or period"}, rangemode: "tozero", separatethousands: true, domain: [0, 0.28], anchor: "x"};
  }
  Plotly.newPlot(chart, data, layout, {displaylogo: false, responsive: true}).then(function () {
    chart.setAttribute("data-drawn", "1");
  });
  chart.on("plotly_click", function (ev) {
    var id = ev.points && ev.points[0] && ev.points[0].customdata;
    if (id) window.location.href = "/entries/" + encodeURIComponent(id);
  });
})();
