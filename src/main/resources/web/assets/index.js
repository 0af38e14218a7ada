import { rows, el, page, section, table, boardHref, entityHref, showError } from './app.js';

const NAMES = { Paper: 'papers', Method: 'methods', Dataset: 'datasets', Metric: 'metrics', Task: 'tasks', ClaimedResult: 'claimed results' };

async function main() {
  const main = page('paperkg');
  main.append(el('p', { class: 'lead' }, 'Methods, datasets, metrics, tasks and claimed results read from paper abstracts. ',
    'Type in the search box above: papers by title, entities by name or alias.'));
  document.getElementById('q').focus();
  const [counts, boards] = await Promise.all([rows('store-summary'), rows('boards', {}, { limit: 12 })]);
  section(main, 'The store holds',
    el('ul', { class: 'counts' }, counts.map(c => el('li', {}, el('strong', {}, Number(c.count).toLocaleString('en')), ' ', NAMES[c.type] || c.type))));
  section(main, 'Leaderboards with the most results',
    table(['Dataset', 'Metric', 'Results', 'Papers'], boards.map(b => el('tr', {},
      el('td', {}, el('a', { href: entityHref(b.datasetIri) }, b.datasetLabel)),
      el('td', {}, el('a', { href: boardHref(b.datasetLabel, b.metricLabel) }, b.metricLabel)),
      el('td', { class: 'num' }, b.results), el('td', { class: 'num' }, b.papers)))),
    el('p', {}, el('a', { href: '/leaderboard' }, 'All leaderboards')));
}

main().catch(showError);
