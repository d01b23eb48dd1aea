// Plain vis-timeline with the site's items (bench:site's baseline): every event as one item, the
// library's documented way to filter (a DataView whose filter is refreshed). `?cluster=1` turns on
// vis-timeline's own clustering.
/* global vis */
const cluster = new URLSearchParams(location.search).has('cluster');
const events = await (await fetch('/data/events.json')).json();
const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
const items = new vis.DataSet(events.map((e) => {
  const span = e.date.precision !== 'day' || e.date.start !== e.date.end;
  const start = new Date(`${e.date.start}T00:00:00Z`);
  return span ? { id: e.id, content: e.title, start, end: nextDay(e.date.end), type: 'range' } : { id: e.id, content: e.title, start, type: 'point' };
}));
let visible = null;
const view = new vis.DataView(items, { filter: (item) => visible === null || visible.has(item.id) });
const options = { onInitialDrawComplete: () => { window.benchReady = true; } };
if (cluster) options.cluster = {};
new vis.Timeline(document.getElementById('timeline'), view, options);
window.benchFilter = (actorId) => {
  visible = new Set(events.filter((e) => e.actors.some((a) => a.id === actorId)).map((e) => e.id));
  view.refresh();
};
window.benchClear = () => {
  visible = null;
  view.refresh();
};
