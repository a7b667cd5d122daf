'use strict';
// The monitoring screen. Figures arrive on the live stream (/api/live, Server-Sent Events, the session
// cookie authenticates it); a burst of updates is rendered once per frame at most, never one by one.

const ZONE = 'Asia/Shanghai';
const MIN_RENDER_GAP_MS = 200;
const VERDICT_COLOURS = ['#5be49b', '#3fc1ff', '#ffb347', '#ff6b6b'];
const FACTOR_COLOURS = ['#f6c85f', '#9dd866', '#6f4e7c', '#3fc1ff'];
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hour12: false,
});

const state = { view: 'overview', metric: 'signedYuan', showFlows: true, overview: null, event: null, region: null,
  provinceNames: {}, provinceCentres: {}, stream: null, pending: null, lastRender: 0, renderScheduled: false };
const charts = {};
const drawnInputs = {};

/** Whether this part of the page must be drawn again: a burst that changes one table redraws only that. */
function changed(part, input) {
  const fingerprint = JSON.stringify(input);
  if (drawnInputs[part] === fingerprint) return false;
  drawnInputs[part] = fingerprint;
  return true;
}

// --- formatting ------------------------------------------------------------------------------------
const yi = yuan => (yuan / 1e8).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 亿元';
const exactYuan = yuan => Number(yuan).toLocaleString('zh-CN') + ' 元';
const percent = share => (share * 100).toFixed(2) + '%';
const shanghaiTime = iso => timeFormat.format(new Date(iso));
const count = n => Number(n).toLocaleString('zh-CN');
const decimal = n => Number(n).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function cellText(kind, value) {
  if (value === null) return '—'; // a rate or median with nothing to measure yet
  switch (kind) {
    case 'YUAN': return yi(value);
    case 'RATE': return percent(value);
    case 'TIME': return shanghaiTime(value);
    case 'COUNT': return count(value);
    case 'DECIMAL': return decimal(value);
    default: return String(value);
  }
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills a picker with its choices ([value, label]), keeping the one chosen while it is still offered, else the first. */
function offer(selectId, choices) {
  if (!changed(selectId, choices)) return;
  const select = document.getElementById(selectId);
  const chosen = select.value;
  select.replaceChildren(...choices.map(([value, label]) => element('option', { value }, label)));
  select.value = choices.some(([value]) => value === chosen) ? chosen : choices[0][0];
}

// --- tables ----------------------------------------------------------------------------------------
function exportQuery(params) {
  const query = new URLSearchParams(params || {}).toString();
  return query ? '?' + query : '';
}

function renderTable(containerId, table, params, onPick) {
  const container = document.getElementById(containerId);
  const heading = element('h3', {}, table.title);
  const exports = element('span', { class: 'exports' });
  // file=code: the page saves each export under the table's code (its download attribute), not the Chinese title
  ['csv', 'xlsx'].forEach(format => exports.appendChild(element('a', {
    href: `/api/tables/${table.name}.${format}${exportQuery({ ...(params || {}), file: 'code' })}`,
    download: `${table.name}.${format}`,
    'data-export': format }, format === 'csv' ? '导出 CSV' : '导出 Excel')));
  heading.appendChild(exports);
  const grid = element('table', { 'data-table': table.name });
  const head = grid.createTHead().insertRow();
  table.columns.forEach(column => head.appendChild(element('th', {}, column.label)));
  const body = grid.createTBody();
  table.rows.forEach(row => {
    const line = body.insertRow();
    row.forEach((value, index) => {
      const kind = table.columns[index].kind;
      const cell = element('td', { 'data-value': value === null ? '' : String(value) }, cellText(kind, value));
      if (kind === 'YUAN') cell.title = exactYuan(value);
      if (kind !== 'TEXT' && kind !== 'TIME') cell.className = 'num';
      line.appendChild(cell);
    });
    if (onPick) {
      line.addEventListener('click', () => onPick(row));
      if (onPick.chosen && onPick.chosen(row)) line.classList.add('chosen');
    }
  });
  container.replaceChildren(heading, grid);
}

// --- charts ----------------------------------------------------------------------------------------
function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), 'dark', { renderer: 'canvas' });
  return charts[id];
}

// Short update animations: a chart that is redrawn a few times a second must not animate all the time.
const base = { backgroundColor: 'transparent', textStyle: { fontFamily: 'sans-serif' }, animationDurationUpdate: 200 };
const yuanTooltip = params => `${params.seriesName ? params.seriesName + '<br>' : ''}${params.name}：${yi(params.value)}<br>${exactYuan(params.value)}`;

function drawMap(provinces, flows) {
  chart('map-chart').setOption({ ...base,
    tooltip: { formatter: params => params.seriesType === 'lines' ? flowTooltip(params.data.row)
      : params.data ? regionTooltip(params) : params.name },
    visualMap: regionScale(provinces),
    geo: { map: 'china', roam: false, itemStyle: { areaColor: '#13224a', borderColor: '#3d5c9c' },
      emphasis: { label: { show: true } } },
    series: [{ name: metricName(), type: 'map', geoIndex: 0, data: regionData(provinces, state.provinceNames) },
      flowLines(state.showFlows ? flows : { rows: [] })],
  }, true);
  followDrill(); // drilldown.js: a click on a province opens its prefectures, which are redrawn with the country
}

// The map's colours and tooltips by the metric chosen, for the provinces and for a province's prefectures alike: both
// tables hold code, name, signed count, signed yuan, commenced, commencement rate (docs/contract.md §4.5).
const metricName = () => state.metric === 'signedYuan' ? '签约额' : '开工率';
const regionData = (table, names) => table.rows.map(row => ({ name: names[row[0]] || row[1], code: row[0],
  value: row[state.metric === 'signedYuan' ? 3 : 5] }));
const regionTooltip = params => `${params.name}<br>` + (state.metric === 'signedYuan'
  ? `签约额 ${yi(params.value)}<br>${exactYuan(params.value)}` : `开工率 ${percent(params.value)}`);

function regionScale(table) {
  const yuan = state.metric === 'signedYuan';
  return { min: 0, max: Math.max(yuan ? 1 : 0.01, ...regionData(table, {}).map(item => item.value)), left: 10,
    bottom: 10, calculable: true, text: ['高', '低'], seriesIndex: 0,
    formatter: value => yuan ? (value / 1e8).toFixed(0) + ' 亿' : percent(value),
    inRange: { color: ['#1b3366', '#3fc1ff', '#ffe066'] } };
}

// Flows between provinces (docs/contract.md §4.5.5) as lines from the origin's province to the destination's, as wide
// as their share of the largest flow's signed investment; a province's flow to itself has no line.
function flowLines(flows) {
  const between = flows.rows.filter(row => row[0] !== row[2] && state.provinceCentres[row[0]] && state.provinceCentres[row[2]]);
  const largest = Math.max(1, ...between.map(row => row[5]));
  // no trail effect: a chart that never stops moving costs the screen its frames and never settles for a screenshot
  return { name: '省际流向', type: 'lines', coordinateSystem: 'geo', symbol: ['none', 'arrow'], symbolSize: 8,
    lineStyle: { color: '#ffb347', opacity: 0.8, curveness: 0.25 },
    data: between.map(row => ({ fromName: row[1], toName: row[3], row,
      coords: [state.provinceCentres[row[0]], state.provinceCentres[row[2]]],
      lineStyle: { width: 1 + 5 * row[5] / largest } })) };
}

const flowTooltip = row => `${row[1]} → ${row[3]}<br>签约 ${count(row[4])} 个 · ${yi(row[5])}<br>${exactYuan(row[5])}`
  + `<br>开工 ${count(row[6])} 个 · 完成投资 ${yi(row[7])}<br>年用电 ${row[8]} 吉瓦时 · 年排放变化 ${row[9]} 吨`;

// East, central, north-east and west (docs/contract.md §4.5.5): where the signed investment leaves from and lands.
function drawZoneFlows(flows) {
  const out = zone => `${zone}（迁出）`, into = zone => `${zone}（迁入）`;
  const nodes = [...new Set(flows.rows.flatMap(row => [out(row[0]), into(row[1])]))].map(name => ({ name }));
  chart('zone-flows-chart').setOption({ ...base,
    tooltip: { formatter: params => params.dataType === 'edge'
      ? `${params.data.source} → ${params.data.target}<br>${yi(params.value)}<br>${exactYuan(params.value)}`
      : params.name },
    series: [{ name: '区域流向', type: 'sankey', left: 10, right: 90, nodeGap: 14, emphasis: { focus: 'adjacency' },
      lineStyle: { color: 'gradient', opacity: 0.5 }, label: { color: '#dfe8ff' }, data: nodes,
      links: flows.rows.map(row => ({ source: out(row[0]), target: into(row[1]), value: row[3] })) }],
  }, true);
}

function drawFunnel(stats) {
  chart('funnel-chart').setOption({ ...base,
    tooltip: { formatter: params => `${params.name}：${count(params.value)} 个项目` },
    series: [{ name: '项目漏斗', type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '20%',
      label: { formatter: params => `${params.name} ${count(params.value)}` },
      data: [{ name: '已签约', value: stats.signed.count }, { name: '已开工', value: stats.commenced.count },
        { name: '已投产', value: stats.inProduction.count }] }],
  });
}

function drawZones(zones) {
  chart('zones-chart').setOption({ ...base,
    color: FACTOR_COLOURS, legend: { top: 0 }, grid: { top: 40, left: 70, right: 20, bottom: 30 },
    tooltip: { formatter: yuanTooltip },
    xAxis: { type: 'category', data: zones.rows.map(row => row[0]) },
    yAxis: { type: 'value', name: '亿元', axisLabel: { formatter: value => (value / 1e8).toFixed(0) } },
    series: zones.columns.slice(1).map((column, index) => ({ name: column.label, type: 'bar', stack: 'factor',
      data: zones.rows.map(row => row[index + 1]) })),
  }, true);
}

function drawVerdicts(id, verdicts) {
  chart(id).setOption({ ...base, color: VERDICT_COLOURS,
    tooltip: { formatter: params => `${params.name}：${count(params.value)} 个（${params.percent}%）` },
    legend: { bottom: 0 },
    series: [{ name: '匹配结论', type: 'pie', radius: ['40%', '68%'],
      data: verdicts.rows.map(row => ({ name: row[0], value: row[1] })) }],
  });
}

function drawBars(id, table, nameColumn, yuanColumn, rateColumn) {
  chart(id).setOption({ ...base, legend: { top: 0 }, grid: { top: 40, left: 70, right: 60, bottom: 50 },
    tooltip: { trigger: 'axis', formatter: items => items.map(item => item.seriesIndex === 0
      ? `${item.name}<br>签约额 ${yi(item.value)}（${exactYuan(item.value)}）` : `开工率 ${percent(item.value)}`).join('<br>') },
    xAxis: { type: 'category', data: table.rows.map(row => row[nameColumn]), axisLabel: { rotate: 30 } },
    yAxis: [{ type: 'value', name: '亿元', axisLabel: { formatter: value => (value / 1e8).toFixed(0) } },
      { type: 'value', name: '开工率', max: 1, axisLabel: { formatter: value => percent(value) } }],
    series: [{ name: '签约额', type: 'bar', data: table.rows.map(row => row[yuanColumn]) },
      { name: '开工率', type: 'line', yAxisIndex: 1, data: table.rows.map(row => row[rateColumn]) }],
  }, true);
}

function drawCapacity(table) {
  const used = table.rows.map(row => row[4]);
  chart('region-capacity-chart').setOption({ ...base, legend: { top: 0 }, grid: { top: 40, left: 120, right: 30, bottom: 30 },
    tooltip: { trigger: 'axis', formatter: items => { const row = table.rows[items[0].dataIndex];
      return `${row[0]}<br>已预留 ${row[1]} / 可用总量 ${row[2]}（${percent(row[4])}）`; } },
    xAxis: { type: 'value', max: value => Math.max(1, value.max), axisLabel: { formatter: value => percent(value) } },
    yAxis: { type: 'category', data: table.rows.map(row => row[0]) },
    series: [{ name: '已预留', type: 'bar', stack: 'use', data: used.map(share => ({ value: share,
        itemStyle: { color: share > 1 ? '#ff6b6b' : '#3fc1ff' } })) },
      { name: '剩余', type: 'bar', stack: 'use', itemStyle: { color: '#2a3f6e' }, data: used.map(share => Math.max(0, 1 - share)) }],
  }, true);
}

// --- the three views -------------------------------------------------------------------------------
function card(id, title, value, sub, exact) {
  const node = element('div', { class: 'card', id });
  node.appendChild(element('h3', {}, title));
  const big = element('div', { class: 'value' }, value.text);
  big.dataset.value = String(value.raw);
  if (exact) big.title = exact;
  node.appendChild(big);
  node.appendChild(element('div', { class: 'sub' }, sub));
  return node;
}

function renderOverview(overview) {
  const s = overview.all;
  if (changed('cards', s)) document.getElementById('cards').replaceChildren(
    card('card-signed', '签约项目', { text: count(s.signed.count), raw: s.signed.count }, ''),
    card('card-signed-yuan', '签约金额', { text: yi(s.signed.investmentYuan), raw: s.signed.investmentYuan },
      `撤回 ${count(s.withdrawn.count)} 个`, exactYuan(s.signed.investmentYuan)),
    card('card-commenced', '已开工', { text: count(s.commenced.count), raw: s.commenced.count },
      `开工率 ${percent(s.commencementRate)}`),
    card('card-in-production', '已投产', { text: count(s.inProduction.count), raw: s.inProduction.count }, ''),
    card('card-completed', '完成投资', { text: yi(s.completedInvestmentYuan), raw: s.completedInvestmentYuan },
      `投资完成率 ${percent(s.investmentCompletionRate)}`, exactYuan(s.completedInvestmentYuan)),
    card('card-cancelled-overdue', '已取消 / 逾期未开工', { text: `${count(s.cancelled.count)} / ${count(s.overdue)}`,
      raw: `${s.cancelled.count}/${s.overdue}` }, ''),
    card('card-verified', '核查确认开工', { text: count(s.verified.commenced.count), raw: s.verified.commenced.count },
      `核查确认投资 ${yi(s.verified.completedInvestmentYuan)}`, exactYuan(s.verified.completedInvestmentYuan)),
    card('card-awaiting', '待核查报告', { text: count(s.awaitingVerification.count), raw: s.awaitingVerification.count },
      s.awaitingVerification.oldestReportedAt ? `最早报送 ${shanghaiTime(s.awaitingVerification.oldestReportedAt)}` : ''));
  if (changed('development', [s.cycleTimes, s.energy, s.obstacles, s.outcomes, s.promises])) renderDevelopment(s);
  if (changed('map', [overview.provinces, overview.provinceFlows, state.metric, state.showFlows])) {
    drawMap(overview.provinces, overview.provinceFlows);
  }
  if (changed('zone-flows', overview.zoneFlows)) drawZoneFlows(overview.zoneFlows);
  if (changed('funnel', [s.signed.count, s.commenced.count, s.inProduction.count])) drawFunnel(s);
  if (changed('zones', overview.zones)) drawZones(overview.zones);
  if (changed('verdicts', overview.verdicts)) drawVerdicts('verdicts-chart', overview.verdicts);
  ['alerts', 'provinces', 'zones', 'verdicts'].forEach(name => {
    if (changed('table-' + name, overview[name])) renderTable('table-' + name, overview[name]);
  });
  if (changed('table-province-flows', overview.provinceFlows)) {
    renderTable('table-province-flows', overview.provinceFlows);
  }
  if (changed('table-zone-flows', overview.zoneFlows)) renderTable('table-zone-flows', overview.zoneFlows);
}

// 转得出、接得住、发展好: how fast projects move and the electricity and CO₂ they bring (docs/contract.md §4.5.1, §4.5.2).
const days = value => value === null || value === undefined ? '—' : `${value} 天`;
const tonnes = value => `${Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 吨`;

function stepCard(id, title, step, waiting) {
  return card(id, title, { text: days(step.medianDays), raw: step.medianDays ?? '' },
    `P90 ${days(step.p90Days)} · ${count(step.projects)} 个项目 · 等待中 ${count(waiting.count)}`
      + (waiting.oldestSince ? `（最早自 ${waiting.oldestSince}）` : ''));
}

function renderDevelopment(s) {
  const cycle = s.cycleTimes, energy = s.energy;
  document.getElementById('cards-development').replaceChildren(
    stepCard('card-signing-to-commencement', '签约→开工 中位数', cycle.signingToCommencement, cycle.awaitingCommencement),
    stepCard('card-commencement-to-production', '开工→投产 中位数', cycle.commencementToProduction,
      cycle.awaitingProduction),
    card('card-energy', '已开工项目年用电', { text: `${Number(energy.demandGwhPerYear).toLocaleString('zh-CN')} GWh`,
      raw: energy.demandGwhPerYear }, `绿电可覆盖 ${percent(energy.greenPowerShare)}`),
    card('card-co2', '年排放 迁入地 − 迁出地', { text: tonnes(energy.co2ChangeTonnes), raw: energy.co2ChangeTonnes },
      `迁入地 ${tonnes(energy.co2AtDestinationTonnes)} · 迁出地 ${tonnes(energy.co2AtOriginTonnes)}`),
    designCapacityCard(cycle), obstacleCard(s.obstacles), outcomeCard(s.outcomes[0], (s.promises ?? [])[0]));
}

// 达产 (docs/contract.md §4.5.1): the share of the projects in production that reached their design capacity, and how
// long it took them; a record written before tracking kept it has neither.
function designCapacityCard(cycle) {
  const reached = cycle.productionToDesignCapacity ?? { projects: 0, medianDays: null };
  const rate = cycle.designCapacityRate ?? 0;
  return card('card-design-capacity', '达产率（占已投产）', { text: percent(rate), raw: rate },
    `已达产 ${count(reached.projects)} 个 · 投产→达产 中位数 ${days(reached.medianDays)}`);
}

// Outcomes after production (docs/contract.md §4.5.3): the latest period's jobs against what the signings promised,
// and the latest period held to a promise at full production: output delivered against output promised.
function outcomeCard(latest, promised) {
  if (!latest) return card('card-jobs', '投产后就业', { text: '—', raw: '' }, '尚无成效报告');
  return card('card-jobs', `投产后就业（${latest.period}）`, { text: count(latest.jobs), raw: latest.jobs },
    `承诺 ${count(latest.expectedJobs)} 人，兑现 ${percent(latest.jobsShareOfExpected)} · 产值 ${yi(latest.outputValueYuan)}`
      + ` · 纳税 ${yi(latest.taxPaidYuan)}`
      + (promised ? ` · 达产承诺产值兑现 ${percent(promised.outputShareOfPromised)}（${promised.period}，`
        + `承诺 ${yi(promised.promisedOutputYuan)}）` : ''));
}

const OBSTACLE_LABELS = { LAND: '用地', POWER: '用电', WATER: '用水', FINANCING: '融资', PERMIT: '审批', LABOUR: '用工',
  LOGISTICS: '物流', OTHER: '其他' };

// The obstacle ledger (docs/contract.md §4.7): what still holds projects back, and how fast the rest was cleared.
function obstacleCard(obstacles) {
  const worst = Object.entries(obstacles.openByCategory).filter(([, open]) => open.count > 0)
    .sort(([, a], [, b]) => b.count - a.count)[0];
  return card('card-obstacles', '企业困难问题 未解决', { text: count(obstacles.open.count), raw: obstacles.open.count },
    (obstacles.open.oldestSince ? `最早自 ${obstacles.open.oldestSince}` : '无未解决')
      + (worst ? ` · 最多 ${OBSTACLE_LABELS[worst[0]] ?? worst[0]} ${count(worst[1].count)}` : '')
      + ` · 已解决 ${count(obstacles.resolved)}（中位 ${days(obstacles.medianDaysToResolve)}）`);
}

async function fetchTable(name, params) {
  const response = await fetch(`/api/tables/${name}${exportQuery(params)}`, { credentials: 'same-origin' });
  if (response.status === 401) { showLogin(); throw new Error('signed out'); }
  return response.json();
}

async function renderEvents() {
  const events = await fetchTable('events');
  drawBars('events-chart', events, 0, 2, 4);
  const pick = row => { state.event = row[0]; renderEvents(); };
  pick.chosen = row => row[0] === state.event;
  renderTable('table-events', events, null, pick);
  if (!state.event && events.rows.length) state.event = events.rows[0][0];
  const detail = document.getElementById('event-detail');
  detail.hidden = !state.event;
  if (!state.event) return;
  document.getElementById('event-title').textContent = `活动 ${state.event}`;
  const params = { event: state.event };
  const [prefectures, industries, verdicts, overdue] = await Promise.all(
    ['event-prefectures', 'event-industries', 'event-verdicts', 'event-overdue'].map(name => fetchTable(name, params)));
  drawBars('event-prefectures-chart', prefectures, 1, 3, 5);
  drawVerdicts('event-verdicts-chart', verdicts);
  renderTable('table-event-prefectures', prefectures, params);
  renderTable('table-event-industries', industries, params);
  renderTable('table-event-verdicts', verdicts, params);
  renderTable('table-event-overdue', overdue, params);
}

async function renderRegions() {
  const regions = await fetchTable('regions');
  const pick = row => { state.region = row[0]; renderRegions(); };
  pick.chosen = row => row[0] === state.region;
  renderTable('table-regions', regions, null, pick);
  if (!state.region && regions.rows.length) {
    state.region = (regions.rows.find(row => row[3] === '是') || regions.rows[0])[0]; // the one that needs a look
  }
  const detail = document.getElementById('region-detail');
  detail.hidden = !state.region;
  if (!state.region) return;
  const row = regions.rows.find(candidate => candidate[0] === state.region);
  document.getElementById('region-title').textContent = `地区 ${row ? row[1] : state.region}（${state.region}）`
    + (row && row[3] === '是' ? ' · 已超额承诺' : '');
  const params = { region: state.region };
  const [capacity, alerts] = await Promise.all(['region-capacity', 'region-alerts'].map(name => fetchTable(name, params)));
  drawCapacity(capacity);
  renderTable('table-region-capacity', capacity, params);
  renderTable('table-region-alerts', alerts, params);
}

function render() {
  state.renderScheduled = false;
  state.lastRender = performance.now();
  const overview = state.pending;
  state.pending = null;
  if (overview) {
    state.overview = overview;
    document.getElementById('updated-at').textContent = shanghaiTime(new Date().toISOString());
    document.body.dataset.version = String(overview.version);
  }
  if (!state.overview) return;
  if (state.view === 'overview') renderOverview(state.overview);
  if (state.view === 'events') renderEvents().catch(() => {});
  if (state.view === 'regions') renderRegions().catch(() => {});
  if (state.view === 'trends') renderTrends().catch(() => {}); // trends.js
  if (state.view === 'pipeline') renderPipeline().catch(() => {}); // pipeline.js
  if (state.view === 'parks') renderParks().catch(() => {}); // parks.js
  if (state.resize) {
    state.resize = false;
    Object.values(charts).forEach(instance => instance.resize()); // charts first drawn while hidden have no size
  }
}

/** Coalesces updates: the newest picture wins, drawn at most once per frame and every MIN_RENDER_GAP_MS. */
function scheduleRender() {
  if (state.renderScheduled) return;
  state.renderScheduled = true;
  const wait = Math.max(0, MIN_RENDER_GAP_MS - (performance.now() - state.lastRender));
  setTimeout(() => requestAnimationFrame(render), wait);
}

// --- live stream and session ------------------------------------------------------------------------
// Why the server ended the stream (docs/contract.md §7.8): the page says so and signs in again, never reconnects.
const SESSION_ENDED = {
  'expired': '会话已过期，请重新登录。Your session has expired; please sign in again.',
  'signed-out': '已退出登录。You have signed out.',
};

function setLive(online) {
  const status = document.getElementById('live-status');
  status.textContent = online ? '实时' : '重连中…';
  status.className = online ? 'online' : 'offline';
}

function connect() {
  if (state.stream) state.stream.close();
  const stream = new EventSource('/api/live');
  state.stream = stream;
  stream.addEventListener('open', () => setLive(true));
  stream.addEventListener('overview', message => { state.pending = JSON.parse(message.data); scheduleRender(); });
  stream.addEventListener('session-ended', message => {
    const reason = JSON.parse(message.data).reason;
    showLogin(SESSION_ENDED[reason]);
    // Signed out from another browser or an API client: this browser's cookie still holds the ended session,
    // and the server reads the cookie before the header, so the next sign-in would get it back.
    if (reason === 'signed-out') fetch('/api/session', { method: 'DELETE', credentials: 'same-origin' });
  });
  stream.addEventListener('error', async () => {
    setLive(false);
    if (stream.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself
    const session = await fetch('/api/session', { credentials: 'same-origin' }).catch(() => null);
    if (session && session.status === 401) { showLogin(); return; }
    setTimeout(() => { if (state.stream === stream) connect(); }, 2000);
  });
}

function showLogin(message) {
  if (state.stream) { state.stream.close(); state.stream = null; }
  document.getElementById('screen').hidden = true;
  document.getElementById('login').hidden = false;
  document.getElementById('login-error').textContent = message || '';
}

function showScreen() {
  document.getElementById('login').hidden = true;
  document.getElementById('screen').hidden = false;
  connect();
}

async function signIn(event) {
  event.preventDefault();
  const field = document.getElementById('token');
  const token = field.value.trim();
  field.value = '';
  const response = await fetch('/api/session', { method: 'POST', credentials: 'same-origin',
    headers: { Authorization: 'Bearer ' + token } });
  if (response.ok) { state.signOut = (await response.json()).signOut; showScreen(); return; }
  document.getElementById('login-error').textContent = response.status === 403
    ? '该令牌的角色无权查看监测大屏。' : '令牌无效或已过期，请重新获取。';
}

function switchView(view) {
  state.view = view;
  document.querySelectorAll('nav button').forEach(button => button.classList.toggle('active', button.dataset.view === view));
  document.querySelectorAll('.view').forEach(section => { section.hidden = section.id !== 'view-' + view; });
  state.pending = state.pending || state.overview;
  state.resize = true;
  scheduleRender();
}

async function start() {
  const map = await (await fetch('/vendor/china.json')).json();
  map.features.forEach(feature => {
    state.provinceNames[feature.id] = feature.properties.name;
    state.provinceCentres[feature.id] = feature.properties.cp;
  });
  echarts.registerMap('china', map);
  document.getElementById('login-form').addEventListener('submit', signIn);
  // With an identity provider (docs/contract.md §7.10) its sign-in is offered; signing out of a session it gave
  // ends its session too (the session names where: signOut).
  const ways = await (await fetch('/api/session/ways')).json();
  document.getElementById('provider').hidden = !ways.signIn;
  document.getElementById('sign-out').addEventListener('click', async () => {
    const providerSignOut = state.signOut;
    showLogin(SESSION_ENDED['signed-out']);
    await fetch('/api/session', { method: 'DELETE', credentials: 'same-origin' });
    if (providerSignOut) window.location.assign(providerSignOut);
  });
  document.querySelectorAll('nav button').forEach(button => button.addEventListener('click', () => switchView(button.dataset.view)));
  document.querySelectorAll('.switch button').forEach(button => button.addEventListener('click', () => {
    state.metric = button.dataset.metric;
    document.querySelectorAll('.switch button').forEach(other => other.classList.toggle('active', other === button));
    if (state.overview) drawMap(state.overview.provinces, state.overview.provinceFlows);
  }));
  document.getElementById('show-flows').addEventListener('change', event => {
    state.showFlows = event.target.checked;
    if (state.overview) drawMap(state.overview.provinces, state.overview.provinceFlows);
  });
  window.addEventListener('resize', () => Object.values(charts).forEach(instance => instance.resize()));
  const session = await fetch('/api/session', { credentials: 'same-origin' });
  if (session.ok) { state.signOut = (await session.json()).signOut; showScreen(); } else showLogin();
}

start();
