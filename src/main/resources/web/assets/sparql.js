// The SPARQL editor: YASGUI on this server's endpoint, a tab per canned query, and the query a page links to.
const endpoint = '/kg/sparql';

async function main() {
  const catalogue = await (await fetch('/api/queries')).json();
  // offline: no prefix, class or property suggestions from web services, only what this page has
  const Yasqe = window.Yasgui.Yasqe;
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(a => !['prefixes', 'class', 'property'].includes(a));
  const yasgui = new window.Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  });
  const tabs = catalogue.map(q => yasgui.addTab(false, { ...window.Yasgui.Tab.getDefaults(), name: q.name,
    requestConfig: { endpoint, method: 'POST' }, yasqe: { value: q.sparql } }));
  const select = document.getElementById('canned');
  catalogue.forEach((q, i) => select.append(new Option(`${q.name}: ${q.title}`, String(i))));
  select.addEventListener('change', () => yasgui.selectTabId(tabs[Number(select.value)].getId()));
  const wanted = new URLSearchParams(location.search).get('query');
  if (wanted && wanted.startsWith('/api/query/')) {
    const text = await (await fetch(wanted)).text();
    const tab = yasgui.addTab(true, { ...window.Yasgui.Tab.getDefaults(), name: 'from the page', requestConfig: { endpoint, method: 'POST' }, yasqe: { value: text } });
    tab.show();
  } else if (tabs.length) {
    yasgui.selectTabId(tabs[0].getId());
  }
}

main().catch(e => document.getElementById('main').append(Object.assign(document.createElement('p'), { className: 'error', textContent: `Could not load: ${e.message}` })));
