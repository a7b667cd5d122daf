'use strict';
// 趋势 (issue 30, docs/contract.md §4.5.6): a scope's months as tracking publishes them (each figure in the month of
// the date that makes it), cut to the months the range picker chooses, and the window's figures summed from those
// months: the trend and window tables, exported as any table. The scope is all projects', an event's or a
// province's, as the other views offer them. Uses dashboard.js's chart(), changed(), offer(), fetchTable() and
// renderTable().

const TREND_COUNTS = [['签约项目', '签约'], ['开工项目', '开工'], ['投产项目', '投产'], ['达产项目', '达产']];
let trendsAsked = 0;

/** The scope and months chosen: the query of both tables and of their exports. */
function trendParams() {
  const [kind, code] = document.getElementById('trend-scope').value.split(':');
  const params = kind ? { [kind]: code } : {};
  ['from', 'to'].forEach(end => {
    const value = document.getElementById('trend-' + end).value;
    if (value) params[end] = value;
  });
  return params;
}

async function renderTrends() {
  if (!state.overview) return;
  const asked = ++trendsAsked;
  await offerScopes();
  const params = trendParams();
  const [trend, totals] = await Promise.all(['trend', 'window'].map(name => fetchTable(name, params)));
  if (asked !== trendsAsked) return; // the picker moved on meanwhile: only the latest choice is drawn
  const problem = [trend, totals].find(table => !table.rows);
  document.getElementById('trend-error').textContent = problem
    ? (problem.errors || []).map(error => `${error.field}: ${error.message}`).join('；') || problem.detail : '';
  if (problem) return;
  if (changed('trend-chart', trend)) drawTrend(trend);
  if (changed('table-window', [totals, params])) renderTable('table-window', totals, params);
  if (changed('table-trend', [trend, params])) renderTable('table-trend', trend, params);
}

/** 全部, each event and each province with figures, as the events table and the overview list them. */
async function offerScopes() {
  const events = (await fetchTable('events')).rows.map(row => ['event:' + row[0], `活动 ${row[0]}`]);
  const provinces = state.overview.provinces.rows.map(row => ['region:' + row[0], row[1]]);
  offer('trend-scope', [['', '全部 All'], ...events, ...provinces]);
}

function drawTrend(trend) {
  const column = label => trend.columns.findIndex(candidate => candidate.label === label);
  const amount = column('签约额');
  const said = item => item.seriesIndex === TREND_COUNTS.length ? `${yi(item.value)}（${exactYuan(item.value)}）`
    : `${count(item.value)} 个`;
  chart('trend-chart').setOption({ ...base, legend: { top: 0 }, grid: { top: 40, left: 60, right: 70, bottom: 40 },
    tooltip: { trigger: 'axis',
      formatter: items => items[0].name + items.map(item => `<br>${item.seriesName} ${said(item)}`).join('') },
    xAxis: { type: 'category', data: trend.rows.map(row => row[0]) },
    yAxis: [{ type: 'value', name: '项目数', minInterval: 1 },
      { type: 'value', name: '签约额（亿元）', axisLabel: { formatter: value => (value / 1e8).toFixed(0) } }],
    series: [...TREND_COUNTS.map(([label, name]) => ({ name, type: 'bar',
      data: trend.rows.map(row => row[column(label)]) })),
      { name: '签约额', type: 'line', yAxisIndex: 1, data: trend.rows.map(row => row[amount]) }],
  }, true);
}

// The picker keeps its ends in order (the server answers 400 on a window that ends before it begins, which the page
// shows), and each change draws the chosen months at once.
{
  const from = document.getElementById('trend-from'), to = document.getElementById('trend-to');
  const redraw = () => { to.min = from.value; from.max = to.value; renderTrends().catch(() => {}); };
  [from, to, document.getElementById('trend-scope')].forEach(input => input.addEventListener('change', redraw));
  document.getElementById('trend-all').addEventListener('click', () => { from.value = ''; to.value = ''; redraw(); });
}
