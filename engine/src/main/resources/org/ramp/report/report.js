// Draws the report's charts from the JSON block; the data never passes through code built as text.
(function () {
  'use strict';
  var created = 0;
  var body = document.body;

  function finish() {
    document.body.dataset.chartsRendered = String(created);
  }

  function complain(where, message) {
    var box = document.getElementById(where);
    if (box) {
      var p = document.createElement('p');
      p.className = 'note warn';
      p.textContent = message;
      box.replaceChildren(p);
    }
  }

  var data;
  try {
    data = JSON.parse(document.getElementById('ramp-chart-data').textContent);
  } catch (e) {
    complain('charts', 'The chart data cannot be read: ' + e.message);
    finish();
    return;
  }
  if (typeof Chart === 'undefined') {
    complain('charts', 'Chart.js did not load, so the charts are missing.');
    finish();
    return;
  }

  var family = getComputedStyle(body).fontFamily;
  Chart.defaults.font.family = family;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#1f2328';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  var STATUS = { 'passed': '#1a7f37', 'failed': '#cf222e', 'not-reached': '#8c959f' };
  var BLUE = '#0969da';
  var CURRENT = '#e36209';

  // Writes each point's label (a stage id) beside it; Chart.js has no built-in data labels.
  var pointLabels = {
    id: 'rampPointLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      chart.data.datasets.forEach(function (dataset, i) {
        var meta = chart.getDatasetMeta(i);
        if (!dataset.pointLabels || meta.hidden) {
          return;
        }
        ctx.save();
        ctx.font = 'bold 12px ' + family;
        ctx.fillStyle = '#1f2328';
        ctx.textAlign = 'left';
        meta.data.forEach(function (point, j) {
          // alternate above and below so that neighbours at the same cost stay readable
          var below = j % 2 === 1;
          ctx.textBaseline = below ? 'top' : 'bottom';
          ctx.fillText(dataset.pointLabels[j], point.x + 7, point.y + (below ? 6 : -6));
        });
        ctx.restore();
      });
    }
  };

  function make(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    try {
      new Chart(canvas, config);
      created++;
    } catch (e) {
      var p = document.createElement('p');
      p.className = 'note warn';
      p.textContent = 'This chart failed: ' + e.message;
      canvas.parentNode.replaceChildren(p);
    }
  }

  function usd(value) {
    return '$' + Number(value).toFixed(Math.abs(value) < 10 ? 3 : 2);
  }

  // axis ticks are round numbers: two places unless they are below ten cents
  function axisUsd(value, index, ticks) {
    var top = Math.max.apply(null, ticks.map(function (t) { return Math.abs(t.value); }));
    return '$' + Number(value).toFixed(top < 0.1 ? 3 : 2);
  }

  // A dashed line across the whole plot at the pass threshold (null: stages differ, no line).
  var passMark = {
    id: 'passMark',
    beforeDatasetsDraw: function (chart, args, options) {
      if (options.value === null || options.value === undefined) {
        return;
      }
      var y = chart.scales.y.getPixelForValue(options.value);
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#8c959f';
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
      ctx.stroke();
      ctx.fillStyle = '#59636e';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText('pass mark ' + options.value, area.right - 4, y - 3);
      ctx.restore();
    }
  };

  var costReward = data.costReward;
  if (costReward && costReward.points.length > 0) {
    var points = costReward.points;
    var maxCost = Math.max.apply(null, points.map(function (p) { return p.cost; }));
    var datasets = [{
      label: 'stage score after cumulative cost',
      data: points.map(function (p) { return { x: p.cost, y: p.score }; }),
      showLine: true,
      borderColor: '#57606a',
      borderWidth: 1.5,
      pointRadius: 7,
      pointHoverRadius: 9,
      pointStyle: points.map(function (p) { return p.inputs === 'resurrection' ? 'rectRot' : 'circle'; }),
      pointBackgroundColor: points.map(function (p) { return STATUS[p.status] || BLUE; }),
      pointBorderColor: '#ffffff',
      pointLabels: points.map(function (p) { return p.stage; })
    }];
    make('chart-cost-reward', {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [pointLabels, passMark],
      options: {
        layout: { padding: { right: 24, top: 8 } },
        scales: {
          x: { min: 0, suggestedMax: maxCost > 0 ? maxCost * 1.08 : 1,
               title: { display: true, text: 'cumulative cost (USD)' },
               ticks: { callback: axisUsd } },
          y: { min: 0, max: 105, title: { display: true, text: 'stage score' },
               ticks: { stepSize: 20, callback: function (value) { return value <= 100 ? value : ''; } } }
        },
        plugins: {
          legend: { display: false },
          passMark: { value: costReward.passThreshold },
          tooltip: {
            callbacks: {
              label: function (item) {
                var p = points[item.dataIndex];
                return p.stage + ' ' + p.name + ': score ' + p.score.toFixed(1) + ', ' + p.status
                    + ', cumulative cost ' + usd(p.cost);
              }
            }
          }
        }
      }
    });
  }

  function trend(id, key, label, options) {
    var runs = data.trend;
    make(id, {
      type: 'line',
      data: {
        labels: runs.map(function (r) { return r.label; }),
        datasets: [{
          label: label,
          data: runs.map(function (r) { return r[key]; }),
          spanGaps: true,
          borderColor: BLUE,
          borderWidth: 2,
          pointRadius: runs.map(function (r) { return r.current ? 7 : 4; }),
          pointHoverRadius: runs.map(function (r) { return r.current ? 9 : 6; }),
          pointBackgroundColor: runs.map(function (r) { return r.current ? CURRENT : BLUE; }),
          pointBorderColor: runs.map(function (r) { return r.current ? CURRENT : BLUE; })
        }]
      },
      options: {
        layout: { padding: { right: 12, top: 4 } },
        scales: {
          x: { ticks: { maxRotation: 45, autoSkip: true } },
          y: options.y
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: function (items) {
                var r = runs[items[0].dataIndex];
                return r.runId + (r.current ? ' (this run)' : '');
              },
              label: function (item) {
                var r = runs[item.dataIndex];
                var value = r[key];
                return label + ': ' + (value === null ? 'not known' : options.format(value)) + ' · ' + r.model;
              }
            }
          }
        }
      }
    });
  }

  if (data.trend) {
    var fixed = function (value) { return Number(value).toFixed(2); };
    trend('chart-trend-reward', 'meanReward', 'mean reward',
        { y: { min: 0, max: 100, title: { display: true, text: 'mean reward' } }, format: fixed });
    trend('chart-trend-cost', 'costUsd', 'cost',
        { y: { min: 0, title: { display: true, text: 'cost (USD)' },
               ticks: { callback: axisUsd } }, format: usd });
    trend('chart-trend-aei', 'aei', 'AEI',
        { y: { min: 0, max: 100, title: { display: true, text: 'AEI' } }, format: fixed });
  }
  finish();
}());
