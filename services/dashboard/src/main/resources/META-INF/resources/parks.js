'use strict';
// 园区与产业链 (issue 29, docs/contract.md §4.1.4, §4.1.5, §7.8): the parks intake registers, each with tracking's
// figures of the projects whose signing names it — land taken, 投资强度, the latest period's 亩均产值 and 亩均税收 — and
// the industrial chains with the figures of the projects tagged to them and their leads in the pipeline. A region's
// parks are those lying in it and those it co-builds as partner (共建方). Redrawn with every picture the live stream
// sends. Uses dashboard.js's chart(), changed(), offer(), fetchTable(), renderTable() and formatting.

const YIELDS = [[15, '投资强度 Investment'], [17, '亩均产值 Output'], [18, '亩均税收 Tax']];
let parksAsked = 0;

async function renderParks() {
  if (!state.overview) return;
  const asked = ++parksAsked;
  const select = document.getElementById('parks-scope');
  const params = select.value ? { region: select.value } : {};
  const wanted = [fetchTable('parks'), fetchTable('chains')];
  if (select.value) wanted.push(fetchTable('parks', params), fetchTable('chains', params));
  const [everyPark, everyChain, parks = everyPark, chains = everyChain] = await Promise.all(wanted);
  if (asked !== parksAsked) return; // the picker moved on meanwhile: only the latest choice is drawn
  offer('parks-scope', [['', '全部 All'], ...parkRegions(everyPark, everyChain)]);
  if (changed('parks-summary', [parks, chains])) summariseParks(parks, chains);
  if (changed('parks-chart', parks)) drawYields(parks);
  if (changed('table-parks', [parks, params])) renderTable('table-parks', parks, params);
  if (changed('table-chains', [chains, params])) renderTable('table-chains', chains, params);
}

/** The regions the parks lie in or are co-built by, their provinces, and the chains' provinces, by code. */
function parkRegions(parks, chains) {
  const names = {};
  const province = code => code.slice(0, 2) + '0000';
  parks.rows.flatMap(row => [[row[3], row[4]], [row[5], row[6]]]).filter(([code]) => code).forEach(([code, name]) => {
    names[code] = name;
    if (!names[province(code)] && state.provinceNames[province(code)]) {
      names[province(code)] = state.provinceNames[province(code)];
    }
  });
  chains.rows.forEach(row => { names[row[2]] = row[3]; });
  return Object.keys(names).sort().map(code => [code, names[code]]);
}

function summariseParks(parks, chains) {
  const sum = (table, index) => table.rows.reduce((total, row) => total + row[index], 0);
  const partner = parks.rows.filter(row => row[7] === '共建方').length;
  document.getElementById('parks-summary').textContent = `园区 ${count(parks.rows.length)} 个`
    + (partner ? `（共建方 ${count(partner)} 个）` : '') + `，签约项目 ${count(sum(parks, 10))} 个，签约额 ${yi(sum(parks, 11))}，`
    + `已用地 ${decimal(sum(parks, 14))} 亩；产业链 ${count(chains.rows.length)} 条，在谈项目 ${count(sum(chains, 11))} 个，`
    + `在谈总投资 ${yi(sum(chains, 12))}`;
}

/** 投资强度 of all time and the latest period's 亩均产值 and 亩均税收, per park (万元/亩); a park without land has none. */
function drawYields(parks) {
  const said = item => item.value === null || item.value === undefined ? '—' : `${decimal(item.value)} 万元/亩`;
  chart('parks-chart').setOption({ ...base,
    legend: { top: 0, textStyle: { color: '#dce6ff' } },
    tooltip: { trigger: 'axis', formatter: items => {
      const row = parks.rows[items[0].dataIndex];
      return `${row[1]}${row[16] ? `（${row[16]}）` : ''}<br>` + items.map(item => `${item.seriesName}：${said(item)}`).join('<br>');
    } },
    grid: { left: 60, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: parks.rows.map(row => row[1]) },
    yAxis: { type: 'value', name: '万元/亩' },
    series: YIELDS.map(([index, name]) => ({ name, type: 'bar',
      data: parks.rows.map(row => row[index] === null ? null : Number(row[index])) })),
  }, true);
}

document.getElementById('parks-scope').addEventListener('change', () => renderParks().catch(() => {}));
