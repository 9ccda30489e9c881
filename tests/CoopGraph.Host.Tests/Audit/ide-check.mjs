// Opens the IDE at the server's /graphql in headless Chromium, checks that it loaded the schema, runs the
// first operation of the example document it opens with, and checks the answer shows up.
// Usage: node ide-check.mjs http://127.0.0.1:5000/graphql  (CHROMIUM=path, SCREENSHOT=file.png optional)
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? process.env.URL ?? 'http://127.0.0.1:5000/graphql';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const title = await page.title();
  await page.getByText('Create Document').first().click({ timeout: 60000 });
  await page.getByText('Schema available').first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+Alt+Enter');
  await page.getByText('"province:hanoi"').first().waitFor({ timeout: 60000 });
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
  console.log(`ok: "${title}" answered a query in the IDE`);
} catch (error) {
  console.error(`IDE check failed: ${error.message}`);
  if (process.env.SCREENSHOT) await (await browser.contexts()[0]?.pages()[0])?.screenshot({ path: process.env.SCREENSHOT });
  process.exitCode = 1;
} finally {
  await browser.close();
}
