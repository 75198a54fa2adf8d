/**
 * A returning visitor's page, for `npm run bench` and `bench/profile.mjs`: a tab in a profile of its
 * own that holds only `cookies` (the decision a first visit left; none for a first visit), at the
 * front, ready to load `url`.
 * `new-session`: nothing loaded yet, so the page starts in a new renderer with nothing compiled (a
 * visitor coming back another day). `same-tab`: the page loaded once in that tab already, whose
 * renderer may keep the scripts compiled (the next page of a visit).
 */
export async function returningTab(browser, url, cookies, kind) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.bringToFront();
  await page.setCookie(...cookies);
  if (kind === 'same-tab') {
    await page.goto(url, { waitUntil: 'load' });
    // What ours does once the page is idle after its load (its interface) belongs to that page, and
    // so does its one-second look at the jar: stopped, so that a tick while the page is left is not
    // counted to the next one.
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => {
      for (let id = setInterval(() => {}, 1e6); id > 0; id--) clearInterval(id);
    });
  }
  return page;
}
