// Drives headless Chromium (Debian's /usr/bin/chromium through playwright-core; no browser download) through
// one scenario against a running local runtime, and prints what it saw as one JSON line for BrowserTests.cs.
//   node browser.mjs <scenario> <baseUrl> <outputDir>
import { chromium } from 'playwright-core';

const [scenario, base, out] = process.argv.slice(2);
// A person's browser: headless Chromium announces itself as HeadlessChrome, which the bot filter drops.
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const LANDING = `${base}/demo/?utm_source=linkedin&utm_medium=paid&utm_campaign=abm-q4`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  timeout: 60_000,
});

try {
  const context = await browser.newContext({ userAgent: PERSON });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const collects = [];
  page.on('request', r => { if (r.url().endsWith('/api/collect')) collects.push(r.method()); });
  const answers = [];
  page.on('response', r => { if (r.url().includes('/api/')) answers.push({ url: r.url(), status: r.status() }); });
  const cookie = async () => (await context.cookies()).find(c => c.name === 'cascade_aid');
  const pageView = () => page.waitForResponse(r => r.url().endsWith('/api/collect') && r.request().method() === 'POST');
  const hidden = () => page.$$eval('#demo-form input[type=hidden]', inputs => Object.fromEntries(inputs.map(i => [i.name, i.value])));

  let result;
  switch (scenario) {
    case 'journey': {
      const firstView = pageView();
      await page.goto(LANDING);
      const firstStatus = (await firstView).status();
      await page.waitForFunction(() => document.querySelector('#demo-form input[name=anonymousId]')?.value);
      await page.screenshot({ path: `${out}/demo-landing.png`, fullPage: true });
      const aid = await cookie();
      // A second page inside the site: no UTM in its address, the stored last touch carries the campaign.
      const secondView = pageView();
      await page.click('text=Pricing');
      const secondStatus = (await secondView).status();
      await page.goto(`${base}/demo/`);
      const fields = await hidden();
      const email = `ada.${aid.value.slice(0, 8)}@acme-industries.com`;
      await page.fill('input[name=email]', email);
      await page.fill('input[name=firstName]', 'Ada');
      await page.fill('input[name=company]', 'Acme Industries');
      await page.fill('input[name=jobTitle]', 'VP Marketing');
      await Promise.all([page.waitForURL('**/demo/thanks.html'), page.click('button[type=submit]')]);
      await page.screenshot({ path: `${out}/demo-thanks.png` });
      result = {
        cookie: aid && { value: aid.value, sameSite: aid.sameSite, path: aid.path, expiresInDays: Math.round((aid.expires - Date.now() / 1000) / 86400) },
        pageViewStatuses: [firstStatus, secondStatus], hidden: fields, email, finalUrl: page.url(),
        formAnswers: answers.filter(a => a.url.includes('/api/forms/')).map(a => a.status),
      };
      break;
    }
    case 'no-consent': {
      await context.addInitScript(() => { window.cascadeConsent = false; });
      await page.goto(LANDING, { waitUntil: 'networkidle' });
      const tracked = await page.evaluate(() => window.cascade.track('video_played'));
      await page.click('#tour');
      await page.waitForLoadState('networkidle');
      result = {
        collects: collects.length, tracked, cookie: (await cookie()) ?? null,
        stored: await page.evaluate(() => localStorage.getItem('cascade_touch')), hidden: await hidden(),
      };
      break;
    }
    case 'rate-limit': {
      await Promise.all([pageView(), page.goto(LANDING)]);
      // The page's own code sending far too many events for one visitor: fetch, so the statuses are readable.
      const statuses = await page.evaluate(async () => {
        const id = document.cookie.match(/cascade_aid=([^;]+)/)[1];
        const seen = [];
        for (let i = 0; i < 65; i++) {
          const body = JSON.stringify({ eventId: crypto.randomUUID(), type: 'scroll_depth', anonymousId: id, pageUrl: location.href });
          seen.push((await fetch('/api/collect', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } })).status);
        }
        return seen;
      });
      result = { statuses };
      break;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }

  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
