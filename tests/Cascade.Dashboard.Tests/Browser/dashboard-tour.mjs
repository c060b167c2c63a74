// Drives the dashboard in headless Chromium the way a person would, and prints what the page showed as one
// JSON document on stdout; the xUnit test compares it with the API's own answers, so the figures are checked
// in C# against the same endpoints the page calls.
//
//   node dashboard-tour.mjs <base url, e.g. http://127.0.0.1:7071> <function key> <screenshot dir>
//
// Chromium is the system's (/usr/bin/chromium, or CHROMIUM_PATH), never a downloaded one.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const [base, key, shots] = process.argv.slice(2);
if (!base || !key || !shots) {
  console.error("usage: node dashboard-tour.mjs <base url> <function key> <screenshot dir>");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// Flags for a closed network and a root user: no sandbox, no background calls home.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const report = { problems: [], screenshots: {} };
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on("console", (m) => { if (m.type() === "error") report.problems.push("console: " + m.text()); });
  page.on("pageerror", (e) => report.problems.push("page error: " + e.message));
  page.on("response", (r) => { if (r.status() >= 400) report.problems.push(r.status() + " " + r.url().replace(/code=[^&]*/, "code=…")); });

  // A section's picture is taken with the sticky filter bar in the flow, so it does not cover the section.
  const shot = async (name, target) => {
    const path = join(shots, name + ".png");
    if (target) {
      await page.evaluate(() => { document.querySelector("header.top").style.position = "static"; });
      await page.locator(target).screenshot({ path });
      await page.evaluate(() => { document.querySelector("header.top").style.position = ""; });
    } else {
      await page.screenshot({ path, fullPage: true });
    }
    report.screenshots[name] = path;
  };
  const ready = async (revisionAfter) => {
    await page.waitForFunction((r) => document.body.dataset.state === "ready" && Number(document.body.dataset.revision || 0) > r, revisionAfter);
    return Number(await page.evaluate(() => document.body.dataset.revision));
  };
  const figures = () => page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll("[data-figure]")) {
      const name = el.dataset.figure;
      if (!(name in out)) out[name] = { text: el.textContent.trim(), value: el.dataset.value ?? null };
    }
    const svg = document.querySelector("#waterfall-chart svg");
    out.chart = svg ? {
      quarter: svg.getAttribute("data-quarter"),
      labels: Object.fromEntries([...svg.querySelectorAll("text[data-element]")].map((t) => [t.dataset.element, t.textContent])),
      bars: svg.querySelectorAll("rect[data-element]").length,
    } : null;
    const focus = document.querySelector('table[data-table="focus"]');
    out.focus = focus ? {
      model: focus.dataset.model,
      weights: document.getElementById("model-weights").textContent,
      rows: [...focus.querySelectorAll("tbody tr")].filter((r) => r.querySelector("[data-value]"))
        .map((r) => ({ key: r.querySelector("th").textContent, amount: Number(r.querySelector("[data-value]").dataset.value) })),
    } : null;
    out.period = { from: document.getElementById("from").value, to: document.getElementById("to").value };
    out.kind = document.getElementById("kind").value;
    out.groupBy = document.getElementById("groupBy").value;
    out.compareBars = document.querySelectorAll('svg[data-chart="compare"] rect[data-model]').length;
    const roi = document.querySelector('table[data-table="roi"]');
    out.roi = roi ? {
      model: roi.dataset.model,
      rows: [...roi.querySelectorAll("tbody tr[data-key]")].map((r) => {
        const cells = r.querySelectorAll("td");
        return { key: r.dataset.key, spend: Number(cells[0].dataset.value), amount: Number(cells[4].dataset.value),
          roi: cells[8].dataset.value === "" ? null : Number(cells[8].dataset.value) };
      }),
      bars: document.querySelectorAll('svg[data-chart="roi"] rect[data-series]').length,
    } : null;
    out.pipeline = {
      bars: [...document.querySelectorAll('svg[data-chart="pipeline"] rect[data-stage]')].map((r) => ({ stage: r.dataset.stage, amount: Number(r.dataset.value), count: Number(r.dataset.count) })),
      stuck: [...document.querySelectorAll('table[data-table="stuck"] tbody tr[data-key]')].map((r) => r.dataset.key),
    };
    out.pressedModel = document.querySelector('#compare-legend button[aria-pressed="true"]')?.textContent ?? null;
    return out;
  });

  // 1. Opened with the key, on 2026-Q1.
  await page.goto(`${base}/api/dashboard?code=${encodeURIComponent(key)}&quarter=2026-Q1`);
  let revision = await ready(0);
  report.q1 = await figures();
  await page.screenshot({ path: join(shots, "first-screen-1366x768.png") });
  report.screenshots["first-screen-1366x768"] = join(shots, "first-screen-1366x768.png");
  await shot("dashboard-2026-Q1");
  await shot("waterfall-2026-Q1", "#waterfall");
  await shot("sourcing-2026-Q1", "#sourcing");
  await shot("attribution-2026-Q1", "#attribution");
  await shot("funnel-2026-Q1", "#funnel");
  await shot("pipeline-2026-Q1", "#pipeline");

  // 2. Another quarter: the period follows it and every card reloads.
  await page.selectOption("#quarter", "2026-Q2");
  revision = await ready(revision);
  report.q2 = await figures();
  await shot("waterfall-2026-Q2", "#waterfall");

  // 3. Another model, chosen from the filter bar: the highlighted model and its table change.
  await page.selectOption("#model", "first_touch");
  revision = await ready(revision);
  report.firstTouch = await figures();
  await shot("attribution-first-touch-2026-Q2", "#attribution");
  await shot("roi-first-touch-2026-Q2", "#roi");

  // 4. A wider period (the scenario's sourcing window) typed into the date pickers.
  await page.fill("#from", "2025-10-01");
  await page.dispatchEvent("#from", "change");
  revision = await ready(revision);
  await page.fill("#to", "2026-10-01");
  await page.dispatchEvent("#to", "change");
  revision = await ready(revision);
  report.window = await figures();
  await shot("customers-window", "#customers");

  // 5. Look-up from the keyboard: focus the field, type, Enter.
  await page.focus("#lookup-id");
  await page.keyboard.type("opp-3011-7");
  await page.keyboard.press("Enter");
  await page.waitForSelector('#lookup-result[data-shown="opp-3011-7"]');
  report.lookup = await page.evaluate(() => ({
    opportunity: document.querySelector('[data-figure="lookup.opportunity"]').textContent,
    amount: Number(document.querySelector('[data-figure="lookup.amount"]').dataset.value),
    sourced: document.querySelector('[data-figure="lookup.sourced"]').textContent,
    journey: [...document.querySelectorAll('table[data-table="journey"] tbody tr')].map((r) => ({
      eventId: r.dataset.event, milestones: r.querySelector("[data-milestones]").dataset.milestones })),
    timelineMilestones: [...document.querySelectorAll('svg[data-chart="timeline"] text[data-milestones]')].map((t) => t.dataset.milestones),
    modelColumns: document.querySelectorAll('table[data-table="journey"] thead th').length - 4,
  }));
  await shot("lookup-opp-3011-7", "#lookup");

  // 6. Accessibility basics: every control labelled, the first Tab reaches the skip link, focus is visible.
  report.a11y = await page.evaluate(() => ({
    unlabelled: [...document.querySelectorAll("input, select, button, textarea")]
      .filter((c) => !(c.labels && c.labels.length) && !c.getAttribute("aria-label") && !c.textContent.trim()).map((c) => c.id || c.outerHTML.slice(0, 60)),
    headings: [...document.querySelectorAll("h1, h2")].map((h) => h.textContent.trim()),
  }));
  // A reload keeps the view (quarter, period and model live in the URL) and starts keyboard focus afresh.
  await page.reload();
  await ready(0);
  report.reloaded = await figures();
  await page.keyboard.press("Tab");
  report.a11y.firstTab = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);
  await page.keyboard.press("Tab");
  report.a11y.secondTab = await page.evaluate(() => document.activeElement?.id ?? null);
  report.a11y.focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
