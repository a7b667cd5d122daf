'use strict';
// 下钻 (issue 30): a province clicked on the country's map shows the regions directly under it — its prefectures, a
// municipality's districts — coloured by their region: records as tracking publishes them (the region-prefectures
// table), and 返回全国 goes back. A province's map (vendor/province/CODE.json, echarts@4.9.0's, Apache-2.0) is loaded
// the first time someone drills into it. Uses dashboard.js's chart(), fetchTable(), renderTable() and map helpers.

const drill = { code: null, listening: false, maps: {} };

/** Called by drawMap each time the country is drawn: listens for clicks once, and redraws an open province with it. */
function followDrill() {
  if (!drill.listening) {
    drill.listening = true;
    // a click on a flow's line names no province; the region under it is clicked by its name
    chart('map-chart').on('click', params => {
      const code = params.seriesType === 'lines' ? null : provinceCode(params.name);
      if (code) openProvince(code);
    });
    document.getElementById('map-back').addEventListener('click', closeProvince);
  }
  if (drill.code) drawProvince().catch(() => {});
}

const provinceCode = name => Object.keys(state.provinceNames).find(code => state.provinceNames[code] === name);

/** The names of a province's regions by code, its map registered with ECharts; null where no map names codes. */
async function provinceMap(code) {
  if (!(code in drill.maps)) {
    const response = await fetch(`/vendor/province/${code}.json`);
    const map = response.ok ? await response.json() : null;
    if (map) echarts.registerMap('province-' + code, map);
    drill.maps[code] = map && Object.fromEntries(map.features.filter(feature => feature.id)
      .map(feature => [feature.id, feature.properties.name]));
  }
  return drill.maps[code];
}

function openProvince(code) {
  drill.code = code;
  showProvince(true);
  drawProvince().catch(() => {});
}

function closeProvince() {
  drill.code = null;
  showProvince(false);
  chart('map-chart').resize();
}

function showProvince(open) {
  document.getElementById('map-chart').hidden = open;
  ['province-chart', 'map-back', 'drill-panel'].forEach(id => { document.getElementById(id).hidden = !open; });
  document.getElementById('map-place').textContent = open ? `· ${state.provinceNames[drill.code]}` : '（点击省份查看各地市）';
}

async function drawProvince() {
  const code = drill.code;
  const [names, prefectures] = await Promise.all([provinceMap(code),
    fetchTable('region-prefectures', { region: code })]);
  if (drill.code !== code) return; // another province was clicked meanwhile
  renderTable('table-region-prefectures', prefectures, { region: code });
  document.getElementById('province-chart').dataset.province = code;
  if (!names) {
    document.getElementById('map-place').textContent = `· ${state.provinceNames[code]}（无地市边界 no map）`;
    return;
  }
  chart('province-chart').setOption({ ...base,
    tooltip: { formatter: params => params.data ? regionTooltip(params) : params.name },
    visualMap: regionScale(prefectures),
    series: [{ name: metricName(), type: 'map', map: 'province-' + code, roam: false, top: 20, bottom: 20,
      itemStyle: { areaColor: '#13224a', borderColor: '#3d5c9c' }, emphasis: { label: { show: true } },
      label: { show: true, color: '#dce6ff', fontSize: 10 }, data: regionData(prefectures, names) }],
  }, true);
}
