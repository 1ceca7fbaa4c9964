// Charts drawn with ECharts (a WebJar) from the JSON API. Labels are drawn on a canvas as text.
const echarts = window.echarts;

async function load(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(url + ' answered ' + response.status);
  }
  return response.json();
}

function actorPage(actor) {
  return '/actors/' + actor.replace(':', '/');
}

async function contacts(element) {
  const actor = await load(element.dataset.api);
  const years = actor.contacts_by_year.map((r) => r.year);
  const counts = actor.contacts_by_year.map((r) => r.meetings);
  const chart = echarts.init(element);
  chart.setOption({
    tooltip: {},
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'Meetings', data: counts }],
  });
  element.dataset.ready = 'true';
}

async function network(element) {
  const data = await load(element.dataset.api);
  const chart = echarts.init(element);
  const max = Math.max(1, ...data.nodes.map((n) => n.events));
  chart.setOption({
    tooltip: {},
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      label: { show: true, position: 'right' },
      force: { repulsion: 220, edgeLength: 120 },
      data: data.nodes.map((n) => ({
        id: n.actor,
        name: n.name,
        value: n.events,
        symbolSize: 12 + 30 * (n.events / max),
        itemStyle: { color: n.kind === 'state' ? '#1f3a5f' : '#d6336c' },
      })),
      links: data.edges.map((e) => ({
        source: e.source,
        target: e.target,
        value: e.events,
        lineStyle: { width: 1 + Math.min(8, e.events) },
      })),
    }],
  });
  chart.on('click', (params) => {
    if (params.dataType === 'node') {
      window.location.href = actorPage(params.data.id);
    } else if (params.dataType === 'edge') {
      window.location.href = '/pair?a=' + encodeURIComponent(params.data.source)
        + '&b=' + encodeURIComponent(params.data.target);
    }
  });
  element.dataset.ready = 'true';
  element.dataset.nodes = String(data.nodes.length);
}

const contactsChart = document.getElementById('contacts-chart');
if (contactsChart) {
  contacts(contactsChart);
}
const networkChart = document.getElementById('network-chart');
if (networkChart) {
  network(networkChart);
}
