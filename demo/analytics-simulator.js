// Writes _ga and _ga_<id> the way gtag.js does with cookie_domain 'auto': on the highest domain
// the browser accepts (tenant.creatio.com → .creatio.com), one year, refreshed on every "hit".
(() => {
  const id = 'G-DEMO123';
  const labels = location.hostname.split('.');
  const write = (name, value) => {
    for (let i = Math.max(0, labels.length - 2); i >= 0; i--) {
      const domain = labels.slice(i).join('.');
      document.cookie = `${name}=${value}; path=/; max-age=31536000; domain=${domain}; SameSite=Lax`;
      if (document.cookie.includes(`${name}=${value}`)) return;
    }
    document.cookie = `${name}=${value}; path=/; max-age=31536000; SameSite=Lax`;
  };
  const hit = () => {
    const now = Math.floor(Date.now() / 1000);
    write('_ga', `GA1.1.${Math.floor(Math.random() * 1e9)}.${now}`);
    write(`_ga_${id.slice(2)}`, `GS1.1.${now}.1.1.${now}.0.0.0`);
  };
  window.analyticsHit = hit;
  hit();
})();
