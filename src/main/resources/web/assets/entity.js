import { rows, el, page, section, table, param, entityLink, entityHref, paperLink, highlightNumber, formatValue, boardHref, showError } from './app.js';

const PAGE_SIZE = 20;
const COLOURS = { Method: '#1f6feb', Dataset: '#b35900', Metric: '#7a3fb0', Task: '#1a7f37' };

async function main() {
  const iri = param('iri') || '';
  const [cards, boards, neighbours, results] = await Promise.all([
    rows('entity-card', { entity: iri }), rows('entity-boards', { entity: iri }),
    rows('entity-neighbours', { entity: iri }, { limit: 400 }), rows('entity-results', { entity: iri }, { limit: 50 })]);
  if (!cards.length) {
    page('No such entity').append(el('p', {}, `The store describes no method, dataset, metric or task ${iri}.`));
    return;
  }
  const e = cards[0];
  const main = page(e.label);
  main.append(el('dl', { class: 'card' },
    el('dt', {}, 'Type'), el('dd', {}, el('span', { class: `badge kind-${e.type.toLowerCase()}` }, e.type)),
    e.aliases ? [el('dt', {}, 'Also written'), el('dd', {}, e.aliases.split(' | ').join(', '))] : '',
    el('dt', {}, 'Papers'), el('dd', {}, e.papers || '0'),
    el('dt', {}, 'Claimed results'), el('dd', {}, e.results || '0'),
    e.direction ? [el('dt', {}, 'Direction'), el('dd', {}, { higherisbetter: 'higher is better', lowerisbetter: 'lower is better' }[e.direction] || 'unknown')] : '',
    e.broader ? [el('dt', {}, 'Variant of'), el('dd', {}, entityLink(e.broader, e.broaderLabel))] : '',
    e.sameAs ? [el('dt', {}, 'Wikidata'), el('dd', {}, el('a', { href: e.sameAs, rel: 'noopener' }, e.sameAs))] : '',
    el('dt', {}, 'IRI'), el('dd', {}, el('code', {}, e.iri))));
  if (boards.length) {
    section(main, 'Leaderboards', el('ul', { class: 'boards' }, boards.map(b =>
      el('li', {}, el('a', { href: boardHref(b.datasetLabel, b.metricLabel) }, `${b.datasetLabel} · ${b.metricLabel}`), ` (${b.results} results)`))));
  }
  neighbourhood(main, e, neighbours);
  const papersSection = section(main, 'Papers');
  showPapers(papersSection, iri, 0, Number(e.papers || 0));
  section(main, 'Claimed results', results.length ? table(['Value', 'Method', 'Dataset', 'Metric', 'Paper', 'Evidence', 'Confidence'],
    results.map(r => el('tr', {},
      el('td', { class: 'num' }, formatValue(r.value, r.unit)),
      el('td', {}, entityLink(r.method, r.methodLabel, 'method')), el('td', {}, entityLink(r.dataset, r.datasetLabel, 'dataset')),
      el('td', {}, r.dataset && r.metric ? el('a', { href: boardHref(r.datasetLabel, r.metricLabel) }, r.metricLabel) : entityLink(r.metric, r.metricLabel, 'metric')),
      el('td', {}, paperLink(r.paper, r.paperTitle, r.year)), el('td', { class: 'evidence' }, highlightNumber(r.evidence, r.value)),
      el('td', { class: 'num' }, Number(r.confidence).toFixed(2))))) : el('p', { class: 'empty' }, 'No claimed result names it (at confidence 0.5 or more).'));
}

async function showPapers(s, iri, offset, total) {
  const found = await rows('entity-papers', { entity: iri }, { limit: PAGE_SIZE, offset });
  const list = el('ol', { start: String(offset + 1), class: 'papers' }, found.map(p =>
    el('li', {}, paperLink(p.paper, p.title, p.year), p.role ? el('span', { class: 'role' }, ` ${p.role}`) : '')));
  const nav = el('p', { class: 'pager' },
    `${offset + 1}–${offset + found.length} of ${total} `,
    offset > 0 ? el('button', { type: 'button', onclick: () => showPapers(s, iri, Math.max(0, offset - PAGE_SIZE), total) }, 'Previous') : '',
    ' ',
    offset + PAGE_SIZE < total ? el('button', { type: 'button', onclick: () => showPapers(s, iri, offset + PAGE_SIZE, total) }, 'Next') : '');
  s.replaceChildren(el('h2', {}, 'Papers'), list, nav);
}

function neighbourhood(main, e, edges) {
  const around = edges.filter(x => x.source === e.iri);
  const s = section(main, 'Mentioned with it');
  if (!around.length) {
    s.append(el('p', { class: 'empty' }, 'No other entity is mentioned in its papers.'));
    return;
  }
  const box = el('div', { id: 'graph', class: 'graph', role: 'img', 'aria-label': `Graph of the entities most often mentioned with ${e.label}; the list beside it has the same links` });
  s.append(el('div', { class: 'graph-row' }, box,
    el('ol', { class: 'neighbours' }, around.map(x => el('li', {}, entityLink(x.target, x.targetLabel, x.targetType), ` ${x.papers} papers`)))));
  const nodes = new Map([[e.iri, { id: e.iri, label: e.label, type: e.type, centre: true }]]);
  for (const x of edges) {
    nodes.set(x.source, nodes.get(x.source) || { id: x.source, label: x.sourceLabel, type: x.sourceType });
    nodes.set(x.target, nodes.get(x.target) || { id: x.target, label: x.targetLabel, type: x.targetType });
  }
  const most = Math.max(...edges.map(x => Number(x.papers)));
  const cy = window.cytoscape({
    container: box,
    elements: [
      ...[...nodes.values()].map(n => ({ data: n })),
      ...edges.map((x, i) => ({ data: { id: `e${i}`, source: x.source, target: x.target, weight: Number(x.papers) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': n => COLOURS[n.data('type')] || '#555', width: 14, height: 14, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[?centre]', style: { width: 26, height: 26, 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'edge', style: { width: ed => 1 + 5 * ed.data('weight') / most, 'line-color': '#bbb', opacity: 0.7 } },
    ],
    layout: { name: 'concentric', concentric: n => (n.data('centre') ? 2 : 1), levelWidth: () => 1, animate: false },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', evt => { if (!evt.target.data('centre')) location.href = entityHref(evt.target.id()); });
}

main().catch(showError);
