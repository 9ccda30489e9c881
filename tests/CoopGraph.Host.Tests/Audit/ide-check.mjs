// Opens the IDE at the server's /graphql in headless Chromium as a first-time visitor and checks what the README
// promises: no failed request and no console error on load (the service worker included), no "now Nitro" banner,
// the start page's "Create Document" opens the example document, the schema loads, and the document's first
// operation runs on the seed.
// Usage: node ide-check.mjs http://127.0.0.1:5000/graphql "query Provinces"  (CHROMIUM=path, SCREENSHOT=file.png optional)
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? process.env.URL ?? 'http://127.0.0.1:5000/graphql';
// A line of the example document, to recognise it in the editor.
const exampleLine = process.argv[3] ?? 'query Provinces';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`); });
  page.on('requestfailed', (request) => problems.push(`failed request ${request.url()}: ${request.failure()?.errorText}`));

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const title = await page.title();
  const create = page.getByText('Create Document').first();
  await create.waitFor({ timeout: 60000 });

  await create.click();
  const editor = page.locator('.monaco-editor').first();
  await editor.getByText(exampleLine).first().waitFor({ timeout: 60000 });
  await page.getByText('Schema available').first().waitFor({ timeout: 60000 });
  // Checked once the IDE has fully rendered, so a banner drawn late is not missed.
  if (await page.getByText('now Nitro').count() > 0) problems.push('the "Banana Cake Pop is now Nitro" banner is shown');
  // The service worker is registered once the page has settled; by then its request has been answered.
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    return registration ? (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? 'registered' : 'none';
  });

  await editor.click();
  await page.keyboard.press('Control+Alt+Enter');
  await page.getByText('"province:hanoi"').first().waitFor({ timeout: 60000 });
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
  if (problems.length > 0) throw new Error(`problems while loading and using the IDE:\n  ${problems.join('\n  ')}`);
  console.log(`ok: "${title}" opened the example document ("${exampleLine}") from its start page and answered a query; service worker: ${worker}`);
} catch (error) {
  console.error(`IDE check failed: ${error.message}`);
  if (problems.length > 0 && !error.message.startsWith('problems')) console.error(`also seen:\n  ${problems.join('\n  ')}`);
  if (process.env.SCREENSHOT) await (await browser.contexts()[0]?.pages()[0])?.screenshot({ path: process.env.SCREENSHOT });
  process.exitCode = 1;
} finally {
  await browser.close();
}
