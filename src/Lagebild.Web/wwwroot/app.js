// The situation picture page: reads filters from the URL, queries the JSON API and draws the views.
const FILTERS = ['actor', 'type', 'quad', 'from', 'to', 'outlet', 'text'];
const QUAD_COLOURS = {
  'verbal-cooperation': '#a6d96a', 'material-cooperation': '#1a9641',
  'verbal-conflict': '#fdae61', 'material-conflict': '#d7191c',
};
const $ = (selector) => document.querySelector(selector);
const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

let timeline = null;
let network = null;
let categories = [];
let incidents = [];

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

function currentFilters() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

function setUrl(filters, incident) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
  if (incident) params.set('incident', incident);
  const query = params.toString();
  history.pushState(null, '', query ? `?${query}` : location.pathname);
}

function fillForm(filters) {
  const form = $('#filters');
  for (const name of FILTERS) form.elements[name].value = filters[name] ?? '';
}

function status(message, error = false) {
  const el = $('#status');
  el.textContent = message;
  el.classList.toggle('error', error);
}

async function load() {
  const filters = currentFilters();
  fillForm(filters);
  const query = new URLSearchParams({ ...filters, limit: '500' });
  try {
    const [page, actors, outlets, quotes] = await Promise.all([
      api(`api/incidents?${query}`), api('api/actors'), api('api/outlets'), api('api/quotes?limit=500'),
    ]);
    incidents = page.items;
    status(`${page.total} incident${page.total === 1 ? '' : 's'}${Object.keys(filters).length ? ' matching the filters' : ''}` +
      (page.total > page.items.length ? ` (showing ${page.items.length})` : ''));
    drawTimeline(incidents);
    drawNetwork(actors, filters.actor);
    drawTensionPairs(actors);
    drawQuotes(quotes.items);
    drawOutlets(outlets);
    const selected = new URLSearchParams(location.search).get('incident');
    if (selected) showIncident(selected);
  } catch (e) {
    status(e.message, true);
  }
}

function label(incident) {
  const arrow = incident.target.length ? ` → ${incident.target.join(', ')}` : '';
  return `${incident.type}: ${incident.source.join(', ') || '?'}${arrow}`;
}

function drawTimeline(list) {
  const items = list.filter((i) => i.date).map((i) => ({
    id: i.id,
    content: escapeHtml(label(i)),
    start: i.date.slice(0, 10),
    className: `quad-${i.quadClass}${i.context.length ? ' context' : ''}`,
    title: escapeHtml(`${label(i)} · ${i.date}${i.context.length ? ' · ' + i.context.join(', ') : ''} · ${i.reports.length} report(s)`),
  }));
  const container = $('#timeline');
  if (!timeline) {
    timeline = new vis.Timeline(container, new vis.DataSet(items), {
      zoomable: true, stack: true, maxHeight: 420, margin: { item: 6 }, orientation: 'top',
    });
    timeline.on('select', (event) => {
      if (!event.items.length) return;
      setUrl(currentFilters(), event.items[0]);
      showIncident(event.items[0]);
    });
  } else {
    timeline.setItems(new vis.DataSet(items));
  }
  if (items.length) timeline.fit({ animation: false });
  container.dataset.count = String(items.length);
}

function drawNetwork(actors, selectedActor) {
  const edges = [];
  const linked = new Set();
  for (const actor of actors) {
    for (const r of actor.relations) {
      if (r.source !== actor.code) continue;
      linked.add(r.source); linked.add(r.target);
      edges.push({
        from: r.source, to: r.target, arrows: 'to', width: 1 + 2 * Math.log2(1 + r.incidents),
        color: { color: r.conflict > r.cooperation ? '#d7191c' : '#1a9641', opacity: 0.8 },
        title: `${r.source} → ${r.target}: ${r.incidents} incident(s), ${r.cooperation} cooperation, ${r.conflict} conflict`,
      });
    }
  }
  const nodes = actors.filter((a) => linked.has(a.code) || a.incidents > 0).map((a) => ({
    id: a.code, label: a.name ? `${a.name}\n${a.code}` : a.code, value: a.incidents + 1,
    title: `${a.name ?? a.code}: ${a.mentions} mentions, ${a.incidents} incidents`,
    color: a.code === selectedActor ? { background: '#2358a6', border: '#163a70' } : { background: '#e8eef7', border: '#2358a6' },
    font: { color: a.code === selectedActor ? '#fff' : '#1d2733' },
  }));
  const data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
  if (!network) {
    network = new vis.Network($('#network'), data, {
      nodes: { shape: 'box', margin: 8, scaling: { min: 10, max: 24, label: { enabled: true, min: 12, max: 18 } } },
      edges: { smooth: { type: 'curvedCW', roundness: 0.15 } },
      physics: { stabilization: { iterations: 200 } }, interaction: { hover: true, tooltipDelay: 100 },
    });
    window.lagebildNetwork = network;
    network.on('click', (event) => {
      if (!event.nodes.length) return;
      const filters = currentFilters();
      filters.actor = filters.actor === event.nodes[0] ? '' : event.nodes[0];
      setUrl(filters);
      load();
    });
  } else {
    network.setData(data);
  }
  $('#network').dataset.nodes = nodes.map((n) => n.id).join(' ');
}

function drawTensionPairs(actors) {
  const pairs = new Map();
  for (const actor of actors) for (const r of actor.relations) {
    if (r.source !== actor.code) continue;
    const key = [r.source, r.target].sort().join('|');
    pairs.set(key, (pairs.get(key) ?? 0) + r.incidents);
  }
  const select = $('#pair');
  const previous = select.value;
  const sorted = [...pairs.entries()].sort((a, b) => b[1] - a[1]);
  select.innerHTML = sorted.map(([key, n]) => `<option value="${escapeHtml(key)}">${escapeHtml(key.replace('|', ' – '))} (${n})</option>`).join('');
  if (previous && pairs.has(previous)) select.value = previous;
  select.onchange = () => drawTension(select.value);
  drawTension(select.value);
}

async function drawTension(pair) {
  const el = $('#tension');
  if (!pair) { el.innerHTML = '<p class="hint">No actor pairs.</p>'; return; }
  const [a, b] = pair.split('|');
  if (!categories.length) categories = await api('api/categories');
  const weight = Object.fromEntries(categories.map((c) => [c.name, c.weight]));
  const page = await api(`api/incidents?actor=${encodeURIComponent(a)}&limit=500`);
  const byDay = new Map();
  for (const i of page.items) {
    const involves = (x) => i.source.includes(x) || i.target.includes(x);
    if (!i.date || !involves(a) || !involves(b)) continue;
    const day = i.date.slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? 0) - (weight[i.type] ?? 0));
  }
  const points = [...byDay.entries()].sort(([x], [y]) => x.localeCompare(y));
  if (!points.length) { el.innerHTML = '<p class="hint">No dated incidents for this pair.</p>'; return; }
  const W = 600, H = 300, P = 40;
  const times = points.map(([d]) => Date.parse(d));
  const t0 = Math.min(...times), t1 = Math.max(...times) || t0 + 1;
  const values = points.map(([, v]) => v);
  const vmax = Math.max(10, ...values.map(Math.abs));
  const x = (t) => P + (t1 === t0 ? (W - 2 * P) / 2 : ((t - t0) / (t1 - t0)) * (W - 2 * P));
  const y = (v) => H / 2 - (v / vmax) * (H / 2 - P / 2);
  const path = points.map(([d, v], k) => `${k ? 'L' : 'M'}${x(Date.parse(d)).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const dots = points.map(([d, v]) => `<circle cx="${x(Date.parse(d)).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${v > 0 ? '#d7191c' : '#1a9641'}"><title>${d}: ${v}</title></circle>`).join('');
  el.innerHTML = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="tension ${escapeHtml(a)} – ${escapeHtml(b)}">
    <line x1="${P}" x2="${W - P}" y1="${y(0)}" y2="${y(0)}" stroke="#99a" stroke-dasharray="4 3"/>
    <text x="4" y="${y(vmax) + 4}" font-size="11" fill="#5f6b7a">+${vmax} conflict</text>
    <text x="4" y="${y(-vmax)}" font-size="11" fill="#5f6b7a">−${vmax} coop.</text>
    <text x="${P}" y="${H - 4}" font-size="11" fill="#5f6b7a">${points[0][0]}</text>
    <text x="${W - P}" y="${H - 4}" font-size="11" fill="#5f6b7a" text-anchor="end">${points[points.length - 1][0]}</text>
    <path d="${path}" fill="none" stroke="#2358a6" stroke-width="2"/>${dots}</svg>`;
}

async function showIncident(id) {
  const el = $('#incident');
  try {
    const incident = await api(`api/incidents/${encodeURIComponent(id)}`);
    const documents = await Promise.all([...new Set(incident.reports.map((r) => r.document))].map((d) => api(`api/documents/${encodeURIComponent(d)}`).catch(() => null)));
    const text = Object.fromEntries(documents.filter(Boolean).map((d) => [d.id, d]));
    const reports = incident.reports.map((r) => {
      const doc = text[r.document];
      let article = escapeHtml(r.text);
      if (doc && r.start >= 0 && r.end <= doc.text.length && r.start < r.end) {
        article = `${escapeHtml(doc.text.slice(0, r.start))}<mark>${escapeHtml(doc.text.slice(r.start, r.end))}</mark>${escapeHtml(doc.text.slice(r.end))}`;
      }
      return `<div class="report"><h3>${escapeHtml(r.outlet ?? 'unknown outlet')} <small>${escapeHtml(r.document)}</small></h3>
        <div class="why">rule <code>${escapeHtml(r.rule)}</code> · date ${escapeHtml(incident.date ?? 'unresolved')} · basis ${escapeHtml(r.dateBasis ?? 'none')}${doc?.dct ? ` · published ${escapeHtml(doc.dct)}` : ''}</div>
        <div class="article">${article}</div></div>`;
    }).join('');
    el.innerHTML = `<div class="meta">
        <span class="chip quad-${escapeHtml(incident.quadClass)}${incident.context.length ? ' context' : ''}">${escapeHtml(incident.type)}${incident.mode ? ' / ' + escapeHtml(incident.mode) : ''}</span>
        <span><b>Source</b>${escapeHtml(incident.source.join(', ') || '–')}</span>
        <span><b>Target</b>${escapeHtml(incident.target.join(', ') || '–')}</span>
        <span><b>Date</b>${escapeHtml(incident.date ?? 'unresolved')}</span>
        <span><b>Location</b>${escapeHtml(incident.location ?? '–')}</span>
        <span><b>Context</b>${escapeHtml(incident.context.join(', ') || 'fact')}</span>
        <span><b>Reports</b>${incident.reports.length} (${escapeHtml(incident.mergeReason)})</span></div>${reports}`;
    el.dataset.incident = String(incident.id);
    el.querySelectorAll('mark').forEach((m) => {
      const box = m.closest('.article');
      if (box) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - 40);
    });
  } catch (e) {
    el.innerHTML = `<p class="hint">${escapeHtml(e.message)}</p>`;
  }
}

function drawQuotes(quotes) {
  const bySpeaker = new Map();
  for (const q of quotes) {
    const who = q.speaker ?? q.speakerText ?? 'unattributed';
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(q);
  }
  const sorted = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length);
  $('#quotes').innerHTML = sorted.length ? sorted.map(([who, list]) => `<div class="speaker"><h3>${escapeHtml(who)} (${list.length})</h3>${
    list.slice(0, 5).map((q) => `<blockquote>${escapeHtml(q.text)} <small>${escapeHtml(q.kind)} · ${escapeHtml(q.reports.map((r) => r.outlet ?? r.document).join(', '))}</small></blockquote>`).join('')}</div>`).join('')
    : '<p class="hint">No quotes.</p>';
}

function top(map, n = 5) {
  return Object.entries(map).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${escapeHtml(k)} (${v})`).join(', ') || '–';
}

function drawOutlets(outlets) {
  const select = $('#filters').elements.outlet;
  const chosen = currentFilters().outlet ?? '';
  select.innerHTML = '<option value="">any</option>' + outlets.map((o) => `<option>${escapeHtml(o.outlet)}</option>`).join('');
  select.value = chosen;
  $('#outlets').innerHTML = `<table><thead><tr><th>Outlet</th><th>Docs</th><th>Events</th><th>Actors featured</th><th>Quoted speakers</th></tr></thead><tbody>${
    outlets.map((o) => `<tr><td>${escapeHtml(o.outlet)}</td><td>${o.documents}</td><td>${o.events}</td><td>${top(o.actors)}</td><td>${top(o.quotesBySpeaker)}</td></tr>`).join('')}</tbody></table>`;
}

async function init() {
  categories = await api('api/categories').catch(() => []);
  $('#filters').elements.type.innerHTML = '<option value="">any</option>' + categories.map((c) => `<option>${c.name}</option>`).join('');
  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const filters = {};
    for (const name of FILTERS) filters[name] = String(form.get(name) ?? '').trim();
    setUrl(filters);
    load();
  });
  $('#reset').addEventListener('click', () => { setUrl({}); load(); });
  window.addEventListener('popstate', load);
  await load();
}

init();
