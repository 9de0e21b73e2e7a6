/*
 * RAMP trend charts on the job page. No inline script: the page names the data's URL in data-trend-url; the data is
 * the engine's Trends JSON (Chart.js "data" objects, one dataset per run, null for a gap). Names of runs and models
 * are drawn by Chart.js on a canvas, never inserted as HTML; messages go in with textContent.
 */
(function () {
  'use strict';

  var COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22',
    '#17becf'];

  function colour(index) {
    return COLOURS[index % COLOURS.length];
  }

  /** A series keeps its colour in every chart: by its index in the first chart that has it. */
  function styled(datasets, order) {
    return datasets.map(function (dataset) {
      if (!(dataset.label in order)) {
        order[dataset.label] = Object.keys(order).length;
      }
      var c = colour(order[dataset.label]);
      return Object.assign({}, dataset, {borderColor: c, backgroundColor: c, spanGaps: false, pointRadius: 2});
    });
  }

  function line(canvas, data, title, order) {
    return new Chart(canvas, {
      type: 'line',
      data: {labels: data.labels, datasets: styled(data.datasets, order)},
      options: {animation: false, plugins: {title: {display: true, text: title}}, scales: {y: {beginAtZero: true}}}
    });
  }

  function scatter(canvas, data, title, order) {
    return new Chart(canvas, {
      type: 'scatter',
      data: {datasets: styled(data.datasets, order)},
      options: {
        animation: false,
        plugins: {title: {display: true, text: title + (data.build ? ' (' + data.build + ')' : '')}},
        scales: {x: {title: {display: true, text: 'cost (USD)'}}, y: {title: {display: true, text: 'mean reward'}}}
      }
    });
  }

  function builds(container) {
    var wanted = container.getAttribute('data-builds') || new URLSearchParams(window.location.search).get('builds');
    return /^[0-9]{1,4}$/.test(wanted || '') ? wanted : '100';
  }

  function draw(container) {
    var error = container.querySelector('.ramp-trend-error');
    var url = container.getAttribute('data-trend-url') + '?builds=' + builds(container);
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (trends) {
        var order = {};
        if (trends.builds.length === 0) {
          error.textContent = 'No build has RAMP results yet.';
          return;
        }
        container.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
          var key = canvas.getAttribute('data-chart');
          var title = canvas.getAttribute('data-title');
          if (key === 'costVsReward') {
            scatter(canvas, trends.costVsReward, title, order);
          } else if (trends[key]) {
            line(canvas, trends[key], title, order);
          }
        });
        var stages = container.querySelector('.ramp-stage-charts');
        if (stages) {
          Object.keys(trends.stages).forEach(function (stage) {
            var box = document.createElement('div');
            box.className = 'ramp-chart';
            var canvas = document.createElement('canvas');
            box.appendChild(canvas);
            stages.appendChild(box);
            line(canvas, trends.stages[stage], stage + ' score', order);
          });
        }
      })
      .catch(function (e) {
        error.textContent = 'The RAMP trend data could not be loaded: ' + e.message;
      });
  }

  function start() {
    document.querySelectorAll('.ramp-trends').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
