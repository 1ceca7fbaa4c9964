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

// How many of the most active actors are labelled at once; the others show their names on hover.
const LABELS = 12;
const CATEGORIES = ['State', 'Organisation', 'Event of three or more'];

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}

// States and organisations sized by their events; an edge for events of two alone; an event of
// three or more members as a diamond joined to each of them, not as an edge between every two.
async function network(element) {
  const data = await load(element.dataset.api);
  const chart = echarts.init(element);
  const max = Math.max(1, ...data.nodes.map((n) => n.events));
  const labelled = new Set(data.nodes.slice(0, LABELS).map((n) => n.actor));
  const actors = data.nodes.map((n) => ({
    id: n.actor,
    name: n.name || n.actor,
    value: n.events,
    category: n.kind === 'state' ? 0 : 1,
    symbolSize: 10 + 30 * Math.sqrt(n.events / max),
    label: { show: labelled.has(n.actor) },
  }));
  const events = data.multilateral.map((e) => ({
    id: 'event:' + e.id,
    name: e.type + (e.date ? ', ' + e.date : ''),
    value: e.members.length,
    members: e.names,
    date: e.date,
    category: 2,
    symbol: 'diamond',
    symbolSize: 8 + 2 * Math.min(10, e.members.length),
    label: { show: false },
  }));
  const links = data.edges
    .filter((e) => e.bilateral > 0)
    .map((e) => ({
      source: e.source,
      target: e.target,
      value: e.bilateral,
      lineStyle: { width: 1 + Math.min(8, e.bilateral) },
    }))
    .concat(data.multilateral.flatMap((e) => e.members.map((m) => ({
      source: 'event:' + e.id,
      target: m,
      lineStyle: { width: 1, type: 'dashed' },
    }))));
  chart.setOption({
    color: ['#1f3a5f', '#d6336c', '#f59f00'],
    legend: { data: CATEGORIES, top: 4 },
    tooltip: {
      formatter: (p) => {
        if (p.dataType !== 'node') {
          return p.data.value ? escapeHtml(p.data.value) + ' events of these two alone' : '';
        }
        if (p.data.category === 2) {
          return escapeHtml(p.data.name) + ': ' + p.data.members.map(escapeHtml).join(', ');
        }
        return escapeHtml(p.data.name) + ': ' + escapeHtml(p.data.value) + ' events';
      },
    },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      categories: CATEGORIES.map((name) => ({ name })),
      label: { position: 'right', fontSize: 12 },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'adjacency', label: { show: true } },
      force: { repulsion: 300, edgeLength: [60, 180], gravity: 0.06 },
      data: actors.concat(events),
      links,
    }],
  });
  chart.on('click', (params) => {
    if (params.dataType === 'node' && params.data.category === 2) {
      const date = params.data.date ? '&from=' + params.data.date + '&to=' + params.data.date : '';
      window.location.href = '/events?type=' + encodeURIComponent(data.type) + date;
    } else if (params.dataType === 'node') {
      window.location.href = actorPage(params.data.id);
    } else if (params.dataType === 'edge' && !params.data.source.startsWith('event:')) {
      window.location.href = '/pair?a=' + encodeURIComponent(params.data.source)
        + '&b=' + encodeURIComponent(params.data.target);
    }
  });
  element.dataset.ready = 'true';
  element.dataset.nodes = String(actors.length);
  element.dataset.eventNodes = String(events.length);
  element.dataset.labelled = String(labelled.size);
}

const contactsChart = document.getElementById('contacts-chart');
if (contactsChart) {
  contacts(contactsChart);
}
const networkChart = document.getElementById('network-chart');
if (networkChart) {
  network(networkChart);
}
