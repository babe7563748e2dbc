// The search page: queries the Pagefind bundle of each language (search/en/,
// search/ar/), each with its own stemmer, and lists the papers found, the
// page's language first. The form works without this script too: it reloads
// the page with ?q=, which this script reads.
const strings = JSON.parse(document.getElementById('search-strings').textContent);
const form = document.querySelector('.search-form');
const input = form.querySelector('input[name=q]');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const pageLang = document.documentElement.lang;
const langs = pageLang === 'ar' ? ['ar', 'en'] : ['en', 'ar'];

let bundles;
/** Both bundles, loaded once; a language without papers has no bundle and is skipped. */
function load() {
  bundles ??= Promise.all(
    langs.map(async (lang) => {
      try {
        const pagefind = await import(new URL(`../search/${lang}/pagefind.js`, import.meta.url).href);
        await pagefind.init();
        return { lang, pagefind };
      } catch {
        return null;
      }
    }),
  ).then((found) => found.filter(Boolean));
  return bundles;
}

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

let latest = 0;
async function search(query) {
  const id = ++latest;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = strings.loading;
  try {
    const found = [];
    for (const { lang, pagefind } of await load()) {
      const result = await pagefind.search(query);
      for (const r of result.results.slice(0, 20)) found.push({ lang, data: await r.data() });
    }
    if (id !== latest) return;
    for (const { lang, data } of found) {
      const item = document.createElement('li');
      item.lang = lang;
      item.dir = lang === 'ar' ? 'rtl' : 'ltr';
      const link = document.createElement('a');
      link.href = new URL(`..${data.url}`, import.meta.url).href;
      link.textContent = data.meta.title;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt: the page's text, escaped, with <mark> around the words found.
      excerpt.innerHTML = data.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    status.textContent = fill(found.length ? strings.results : strings.none, { query, count: found.length.toLocaleString(strings.locale) });
  } catch {
    if (id === latest) status.textContent = strings.failed;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  search(input.value);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  search(initial);
}
