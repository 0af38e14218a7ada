import { rows, el, page, section, table, param, entityLink, paperLink, highlightNumber, formatValue, apiUrl, boardHref, showError } from './app.js';

// The board query's default: the high-precision tier of the model that built the store (0.5 without one).
const DEFAULT_CONFIDENCE = 'tier';

async function main() {
  const dataset = param('dataset') || '';
  const metric = param('metric') || '';
  const kind = param('kind') ?? 'absolute';
  const minConfidence = param('minConfidence') || DEFAULT_CONFIDENCE;
  const main = page(dataset && metric ? `${dataset} · ${metric}` : 'Leaderboards');
  const boards = await rows('boards', {}, { limit: 2000 }); // the chooser lists every board
  main.append(chooser(boards, dataset, metric, kind, minConfidence));
  if (!dataset || !metric) {
    section(main, 'Dataset and metric pairs with claimed results',
      table(['Dataset', 'Metric', 'Results', 'Papers'], boards.slice(0, 200).map(b => el('tr', {},
        el('td', {}, b.datasetLabel), el('td', {}, el('a', { href: boardHref(b.datasetLabel, b.metricLabel) }, b.metricLabel)),
        el('td', { class: 'num' }, b.results), el('td', { class: 'num' }, b.papers)))));
    return;
  }
  const params = { dataset, metric, kind, minConfidence };
  const found = await rows('board', params, { limit: 200 });
  const links = el('p', { class: 'actions' },
    el('a', { href: apiUrl('board', params, 'csv'), download: 'leaderboard.csv' }, 'Download CSV'), ' · ',
    el('a', { href: `/sparql?query=${encodeURIComponent(apiUrl('board', params, 'rq'))}` }, 'Open the SPARQL query behind this table'));
  main.append(links);
  if (!found.length) {
    main.append(el('p', { class: 'empty' }, `No ${kind || ''} results for ${dataset} and ${metric} ${minConfidence === DEFAULT_CONFIDENCE ? 'in the high-precision tier' : `at confidence ${minConfidence} or more`}.`));
    return;
  }
  const first = found[0];
  const direction = first.direction;
  const tier = minConfidence === DEFAULT_CONFIDENCE ? ' in the high-precision tier (a lower confidence shows more)' : '';
  main.append(el('p', {}, `${found.length} claims${tier}; `, direction === 'higherisbetter' ? 'higher is better.'
    : direction === 'lowerisbetter' ? 'lower is better.' : 'the metric\'s direction is unknown, so the claims are not ranked.',
    ' Dataset: ', entityLink(first.d, first.datasetLabel, 'dataset'), ', metric: ', entityLink(first.m, first.metricLabel, 'metric'), '.'));
  let rank = 0;
  let previous = null;
  const body = found.map((r, i) => {
    const ranked = r.direction !== 'unknowndirection' && r.direction !== 'unknown';
    const key = `${r.claimKind} ${r.value}`;
    if (ranked && key !== previous) rank = i + 1;
    previous = key;
    return el('tr', {},
      el('td', { class: 'num' }, ranked ? rank : '–'),
      el('td', { class: 'num' }, formatValue(r.value, r.unit)),
      el('td', {}, entityLink(r.method, r.methodLabel || '(no method named)', 'method')),
      el('td', {}, paperLink(r.paper, r.paperTitle, r.year)),
      el('td', { class: 'evidence' }, highlightNumber(r.evidence, r.value)),
      el('td', { class: 'num' }, Number(r.confidence).toFixed(2)));
  });
  section(main, 'Ranking', table(['Rank', 'Value', 'Method', 'Paper', 'Evidence', 'Confidence'], body));
  chart(main, found, direction);
}

function chooser(boards, dataset, metric, kind, minConfidence) {
  const datasets = [...new Set(boards.map(b => b.datasetLabel))].sort((a, b) => a.localeCompare(b));
  const metricsOf = d => boards.filter(b => b.datasetLabel.toLowerCase() === d.toLowerCase()).map(b => b.metricLabel);
  const dSel = el('select', { id: 'dataset', name: 'dataset' }, el('option', { value: '' }, 'choose a dataset'),
    datasets.map(d => el('option', { value: d, selected: d.toLowerCase() === dataset.toLowerCase() }, d)));
  const mSel = el('select', { id: 'metric', name: 'metric' });
  const fillMetrics = () => mSel.replaceChildren(el('option', { value: '' }, 'choose a metric'),
    ...metricsOf(dSel.value).map(m => el('option', { value: m, selected: m.toLowerCase() === metric.toLowerCase() }, m)));
  fillMetrics();
  dSel.addEventListener('change', fillMetrics);
  const kSel = el('select', { id: 'kind', name: 'kind' },
    [['absolute', 'absolute scores'], ['relative', 'relative gains'], ['', 'both']].map(([v, t]) => el('option', { value: v, selected: v === kind }, t)));
  const conf = el('input', { id: 'minConfidence', name: 'minConfidence', type: 'number', min: '0', max: '1', step: '0.05',
    value: minConfidence === DEFAULT_CONFIDENCE ? '' : minConfidence, placeholder: 'tier' });
  return el('form', { class: 'chooser', method: 'get', action: '/leaderboard' },
    el('label', { for: 'dataset' }, 'Dataset '), dSel, ' ',
    el('label', { for: 'metric' }, 'Metric '), mSel, ' ',
    el('label', { for: 'kind' }, 'Kind '), kSel, ' ',
    el('label', { for: 'minConfidence' }, 'Confidence at least '), conf, ' ',
    el('button', { type: 'submit' }, 'Show'));
}

/** The best value claimed in each year, and the best up to that year. */
function chart(main, found, direction) {
  const sign = direction === 'lowerisbetter' ? -1 : 1;
  if (direction !== 'higherisbetter' && direction !== 'lowerisbetter') return;
  const byYear = new Map();
  for (const r of found) {
    if (!r.year || r.claimKind !== found[0].claimKind) continue;
    const v = Number(r.value);
    if (!byYear.has(r.year) || sign * v > sign * byYear.get(r.year)) byYear.set(r.year, v);
  }
  const s = section(main, 'Best claimed value by year');
  if (byYear.size === 0) {
    s.append(el('p', { class: 'empty' }, 'The papers of this leaderboard have no year.'));
    return;
  }
  const years = [...byYear.keys()].sort();
  let best = null;
  const running = years.map(y => { const v = byYear.get(y); best = best === null || sign * v > sign * best ? v : best; return best; });
  const canvas = el('canvas', { id: 'by-year', role: 'img', 'aria-label': `Best ${found[0].metricLabel} claimed per year` });
  s.append(el('div', { class: 'chart' }, canvas));
  new window.Chart(canvas, {
    type: 'line',
    data: { labels: years, datasets: [
      { label: 'best claim of the year', data: years.map(y => byYear.get(y)), showLine: false, pointRadius: 4 },
      { label: 'best so far', data: running, stepped: true } ] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { title: { display: true, text: found[0].unit || found[0].metricLabel } } } },
  });
}

main().catch(showError);
