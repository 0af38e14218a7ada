// Browser test of paperkg's web app: Debian's chromium driven by puppeteer-core.
// Usage: node web-app.mjs BASE_URL CHROMIUM [SCREENSHOT_DIR]
// Prints one line per check ("ok ..." or "FAIL ...") and "N passed, N failed"; exits 1 when a check failed.
import puppeteer from 'puppeteer-core';

const [base, executablePath, shots] = process.argv.slice(2);
const WIDTHS = [1280, 390];
let passed = 0;
let failed = 0;
const check = (ok, what) => { if (ok) { passed++; console.log(`ok   ${what}`); } else { failed++; console.log(`FAIL ${what}`); } };

const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`script: ${e.message}`));
  page.on('response', r => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  const visit = async (path, ready) => {
    problems.length = 0;
    await page.goto(base + path, { waitUntil: 'networkidle0' });
    if (ready) await page.waitForSelector(ready, { timeout: 15000 });
    return [...problems];
  };

  // The board of the sample store: its first row is the best top-1 accuracy claimed on ImageNet in the
  // high-precision tier (the default); asked for all claims at 0.5 or above, no lower claim leads. Which claims
  // the tier holds follows the shipped model, so the checks read the rows rather than name them.
  const board = '/leaderboard?dataset=ImageNet&metric=top-1%20accuracy';
  const percent = cell => parseFloat(cell.replace('%', ''));
  const firstRow = await (async () => {
    await page.setViewport({ width: 1280, height: 900 });
    const errors = await visit(board, 'table tbody tr');
    check(errors.length === 0, `leaderboard loads without console errors ${errors.join('; ')}`);
    const rows = await page.$$eval('table tbody tr', trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
    const first = rows[0];
    const best = Math.max(...rows.map(r => percent(r[1])));
    check(first[0] === '1' && first[1].endsWith('%') && percent(first[1]) === best,
      `leaderboard first row is 1 | the best value | its method: ${first.slice(0, 3).join(' | ')} of ${rows.length} rows`);
    const mark = await page.$eval('table tbody tr:first-child td.evidence mark', m => m.textContent);
    check(Math.abs(parseFloat(mark) - percent(first[1])) < 1e-9, `the evidence sentence is shown with its number highlighted (${mark})`);
    check(await page.$eval('#minConfidence', i => i.value === '' && i.placeholder === 'tier'), 'the confidence field says the tier is shown');
    check(await page.$('canvas#by-year') !== null || (await page.content()).includes('have no year'), 'the best-by-year chart (or why there is none) is shown');
    const csv = await page.$eval('a[download]', a => a.href);
    const text = await (await fetch(csv)).text();
    check(text.split('\n')[1]?.startsWith(first[1].replace('%', '') + ',%'), 'the CSV download holds the same first row');
    const href = await page.$eval('table tbody tr:first-child td:nth-child(4) a', a => a.getAttribute('href'));
    await visit(`${board}&minConfidence=0.5`, 'table tbody tr');
    const all = await page.$$eval('table tbody tr', trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
    check(all.length >= rows.length && percent(all[0][1]) >= best && await page.$eval('#minConfidence', i => i.value) === '0.5',
      `at confidence 0.5 the board holds as many rows or more (${all.length}), led by no lower claim (${all[0][1]} | ${all[0][2]})`);
    return { href, paper: first[3] };
  })();
  const firstPaper = firstRow.href;

  const pages = ['/', board, '/entity?iri=https%3A%2F%2Fw3id.org%2Fpaperkg%2Fid%2Fdataset%2Fimagenet', firstPaper, '/sparql', '/leaderboard'];
  const ready = { '/': 'ul.counts', '/sparql': '.yasqe', '/leaderboard': 'table' };
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 900 });
    for (const path of pages) {
      const errors = await visit(path, ready[path] || 'main h1 + *');
      check(errors.length === 0, `${path} at ${width} px loads without console errors ${errors.join('; ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, `${path} at ${width} px fits the width (overflow ${overflow} px)`);
      const garbled = await page.evaluate(() => /\[object |,http/.test(document.querySelector('main').innerText));
      check(!garbled, `${path} at ${width} px shows no element printed as text ([object ...] or a bare href)`);
    }
  }

  // Keyboard only: search -> entity -> leaderboard -> paper.
  await page.setViewport({ width: 1280, height: 900 });
  await visit('/', 'ul.counts');
  await page.focus('#q');
  await page.keyboard.type('imagenet');
  await page.waitForSelector('#q-results li[role=option]');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  check(page.url().includes('/entity?iri=') && await page.$eval('h1', h => h.textContent) === 'ImageNet', `search -> entity page: ${page.url()}`);
  check(await page.$('#graph canvas') !== null, 'the entity page draws its neighbourhood graph');
  const boardLink = await page.$$eval('ul.boards a', as => as.map(a => a.getAttribute('href')).find(h => h.includes('top-1')));
  await page.focus(`ul.boards a[href="${boardLink}"]`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  await page.waitForSelector('table tbody tr');
  check(page.url().includes('/leaderboard?dataset=ImageNet'), `entity -> leaderboard: ${page.url()}`);
  await page.focus('table tbody tr:first-child td:nth-child(4) a');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  await page.waitForSelector('.abstract');
  const title = await page.$eval('h1', h => h.textContent);
  check(page.url().includes('/paper?iri=') && firstRow.paper.startsWith(title.slice(0, 20)), `leaderboard -> paper: ${title}`);
  check(await page.$$eval('.abstract .value', v => v.length) > 0 && await page.$$eval('.abstract a.fact', a => a.length) > 0,
    'the abstract highlights the extracted entities and claimed values');
  check(await page.$$eval('dl.roles a.kind-method', a => a.length) > 0, 'the paper lists its methods by role as entity links');

  if (shots) {
    await page.setViewport({ width: 1280, height: 900 });
    await visit(board, 'table tbody tr');
    await page.screenshot({ path: `${shots}/web-leaderboard.png`, fullPage: true });
    await visit('/entity?iri=https%3A%2F%2Fw3id.org%2Fpaperkg%2Fid%2Fdataset%2Fimagenet', '#graph canvas');
    await new Promise(r => setTimeout(r, 500));
    // down to the neighbourhood graph's lower edge, however long the list of leaderboards above it
    const graph = await (await page.$('#graph')).boundingBox();
    await page.screenshot({ path: `${shots}/web-entity.png`,
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(graph.y + graph.height + 16) } });
    console.log(`screenshots in ${shots}`);
  }
} catch (e) {
  failed++;
  console.log(`FAIL ${e.stack}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
