'use strict';
// 招商项目库 (issue 29, docs/contract.md §4.1.3): the pipeline of leads as intake publishes them on yanzhen.pipeline,
// counted by the dashboard with the same definition intake answers its figures with. A region is chosen in the picker
// or by a click on its row; the funnel draws its leads at each stage now (线索 → 在谈 → 意向 → 签约), the dropped beside
// it. Redrawn with every picture the live stream sends. Uses dashboard.js's chart(), changed(), offer(),
// fetchTable(), renderTable() and formatting.

const STAGE_ENGLISH = { LEAD: 'Lead', NEGOTIATING: 'Negotiating', INTENT: 'Intent', SIGNED: 'Signed', DROPPED: 'Dropped' };
const DROPPED_COLOUR = '#ff6b6b';
let pipelineAsked = 0;

async function renderPipeline() {
  if (!state.overview) return;
  const asked = ++pipelineAsked;
  const select = document.getElementById('pipeline-scope');
  const params = select.value ? { region: select.value } : {};
  const [regions, stages] = await Promise.all([fetchTable('pipeline'), fetchTable('pipeline-stages', params)]);
  if (asked !== pipelineAsked) return; // the picker moved on meanwhile: only the latest choice is drawn
  offer('pipeline-scope', regions.rows.map(row => row[0] === 'all' ? ['', '全部 All'] : [row[0], row[1]]));
  const code = row => row[0] === 'all' ? '' : row[0];
  const pick = row => { select.value = code(row); renderPipeline().catch(() => {}); };
  pick.chosen = row => code(row) === select.value;
  if (changed('pipeline-summary', [regions, select.value])) summarise(regions.rows.find(pick.chosen));
  if (changed('pipeline-chart', stages)) drawStages(stages);
  if (changed('table-pipeline', [regions, select.value])) renderTable('table-pipeline', regions, null, pick);
  if (changed('table-pipeline-stages', [stages, params])) renderTable('table-pipeline-stages', stages, params);
}

/** As the offices report it: "对接企业812家，在谈招商引资项目84个，总投资252.67亿元". */
function summarise(row) {
  document.getElementById('pipeline-summary').textContent = !row ? '尚无项目线索 No leads yet'
    : `${row[1]}：对接企业 ${count(row[2])} 家，在谈项目 ${count(row[5])} 个，总投资 ${yi(row[6])}；`
      + `已签约 ${count(row[7])} 个，转化率 ${row[9] === null ? '—' : percent(row[9])}`;
}

function drawStages(stages) {
  const data = row => ({ name: `${row[0]} ${STAGE_ENGLISH[row[1]]}`, value: row[2], yuan: row[3] });
  const funnel = stages.rows.filter(row => row[1] !== 'DROPPED').map(data);
  const dropped = stages.rows.filter(row => row[1] === 'DROPPED').map(data);
  chart('pipeline-chart').setOption({ ...base,
    tooltip: { formatter: params => `${params.name}：${count(params.value)} 个项目<br>总投资 ${yi(params.data.yuan)}`
      + `<br>${exactYuan(params.data.yuan)}` },
    grid: { left: '76%', right: '4%', top: 30, bottom: 30 },
    xAxis: { type: 'category', data: dropped.map(item => item.name) },
    yAxis: { type: 'value', minInterval: 1, max: Math.max(1, ...funnel.map(item => item.value)) },
    series: [{ name: '项目阶段', type: 'funnel', sort: 'none', gap: 2, left: '2%', width: '68%', minSize: '12%',
      max: Math.max(1, ...funnel.map(item => item.value)), label: { formatter: params => `${params.name} ${count(params.value)}` },
      data: funnel },
    { name: '放弃', type: 'bar', barWidth: '50%', itemStyle: { color: DROPPED_COLOUR },
      label: { show: true, position: 'top', formatter: params => count(params.value) }, data: dropped }],
  }, true);
}

document.getElementById('pipeline-scope').addEventListener('change', () => renderPipeline().catch(() => {}));
