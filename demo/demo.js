// Live panels for the demo: events, the cookie jar (as the page and as the server sees it) and
// dataLayer. DOM APIs only: the page runs under Trusted Types.
const consent = document.querySelector('creatio-cookie-consent');
const $ = (id) => document.getElementById(id);

const log = (type, detail) => {
  const li = document.createElement('li');
  // ISO time, not toLocaleTimeString(): its first call loads locale data, a long task on its own.
  li.textContent = `${new Date().toISOString().slice(11, 19)} ${type} ${JSON.stringify({ cause: detail.cause, categories: detail.categories, cleared: detail.cleared })}`;
  $('events').prepend(li);
};
for (const type of ['creatio-consent-ready', 'creatio-consent-change']) document.addEventListener(type, (e) => log(type, e.detail));

const show = async () => {
  $('jar').textContent = document.cookie.split('; ').join('\n') || '(empty)';
  $('server-jar').textContent = `server: ${(await (await fetch('/api/whoami')).text()).split('; ').join('\n        ')}`;
  $('datalayer').textContent = (window.dataLayer || [])
    .map((e) => JSON.stringify(Object.prototype.toString.call(e) === '[object Arguments]' ? { arguments: Array.from(e) } : e))
    .join('\n');
};
setInterval(show, 1000);
show();

$('lang').addEventListener('change', (e) => (e.target.value ? consent.setAttribute('lang', e.target.value) : consent.removeAttribute('lang')));
$('theme').addEventListener('change', (e) => consent.setAttribute('theme', e.target.value));
$('reset').addEventListener('click', () => consent.reset());
$('ga-write').addEventListener('click', () => {
  // What a tag that is already on the page does: the guard drops it while analytics is refused.
  const labels = location.hostname.split('.');
  const domain = labels.length > 1 ? `; domain=${labels.slice(-2).join('.')}` : '';
  document.cookie = `_ga=GA1.1.${Date.now()}; path=/; max-age=31536000${domain}`;
  show();
});
$('login').addEventListener('click', async () => {
  await fetch('/api/login', { method: 'POST' });
  show();
});
