import { get, type Stats } from './lib/api.js';
import { mount } from './lib/dom.js';
import { parseHash, type Route, type View } from './lib/router.js';
import { failure } from './lib/ui.js';
import { actorView } from './views/actor.js';
import { articleView } from './views/article.js';
import { figuresView } from './views/figures.js';
import { mapView } from './views/map.js';
import { networkView } from './views/network.js';
import { quotesView } from './views/quotes.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

const VIEWS: Record<View, (route: Route, el: HTMLElement) => Promise<void>> = {
  search: searchView, article: articleView, actor: actorView, timeline: timelineView, figures: figuresView, quotes: quotesView,
  map: mapView, network: networkView,
};

const app = document.getElementById('app')!;
let generation = 0;

async function show(): Promise<void> {
  const route = parseHash(location.hash);
  const mine = ++generation;
  document.querySelectorAll<HTMLAnchorElement>('nav a').forEach((a) => a.classList.toggle('active', a.dataset.nav === route.view));
  document.body.dataset.view = route.view;
  try {
    await VIEWS[route.view](route, app);
  } catch (err) {
    if (mine === generation) mount(app, failure(err));
  }
  if (mine === generation) {
    // Tests wait on these: the view shown, and which render it was (a new one for every navigation, even to the same view).
    document.body.dataset.render = String(mine);
    document.body.dataset.ready = route.view;
  }
}

window.addEventListener('hashchange', () => {
  delete document.body.dataset.ready;
  void show();
});
void show();

get<Stats>('/api/stats').then((s) => {
  const line = document.getElementById('store-line');
  if (line) line.textContent = `${s.articles} articles · ${s.facts.occurrences ?? 0} events · ${s.facts.actors ?? 0} actors`;
}).catch(() => undefined);
