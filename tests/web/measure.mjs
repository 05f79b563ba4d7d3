// Measures the web page on any index and prints the numbers (nothing is asserted):
//   node tests/web/measure.mjs --index DIR
// the search page's first load, typing to results shown, the concept map's open time and how
// smoothly it pans. Same browser and server as the tests (harness.mjs).
import {launchBrowser, percentile, startServer} from './harness.mjs';

function argument(name) {
  const at = process.argv.indexOf(name);
  if (at < 0 || at + 1 >= process.argv.length) throw new Error(`usage: measure.mjs ${name} DIR`);
  return process.argv[at + 1];
}

async function firstLoad(browser, url) {
  const page = await browser.newPage({viewport: {width: 1440, height: 900}});
  const sizes = new Map();
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] || '';
    if (/text\/html|text\/css|javascript/.test(type)) sizes.set(response.url(), (await response.body()).length);
  });
  await page.goto(`${url}/`, {waitUntil: 'networkidle'});
  await page.close();
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

async function typingLatencies(browser, url, queries) {
  const page = await browser.newPage({viewport: {width: 1440, height: 900}});
  await page.goto(`${url}/`);
  await page.evaluate(() => {
    window.qvLatencies = [];
    const input = document.getElementById('q');
    const results = document.getElementById('results');
    const typedAt = new Map();
    input.addEventListener('input', () => typedAt.set(input.value, performance.now()));
    new MutationObserver(() => {
      const query = results.dataset.query;
      if (!typedAt.has(query)) return;
      const started = typedAt.get(query);
      typedAt.delete(query);
      requestAnimationFrame(() => window.qvLatencies.push(performance.now() - started));
    }).observe(results, {attributes: true, attributeFilter: ['data-query']});
  });
  for (const query of queries) {
    await page.fill('#q', '');
    await page.click('#q');
    await page.keyboard.type(query, {delay: 150});
    await page.locator(`#results[data-query=${JSON.stringify(query)}]`).waitFor({state: 'attached'});
  }
  await page.waitForTimeout(300);
  const latencies = await page.evaluate(() => window.qvLatencies);
  await page.close();
  return latencies;
}

async function mapNumbers(browser, url) {
  const page = await browser.newPage({viewport: {width: 1440, height: 900}});
  const started = Date.now();
  await page.goto(`${url}/karte`);
  await page.locator('#map[data-drawn]').waitFor({state: 'attached', timeout: 120000});
  const [loadedMs, builtMs, openMs] = await page.evaluate(() => ['qv-map-loaded', 'qv-map-built', 'qv-map-drawn']
    .map((name) => performance.getEntriesByName(name)[0].startTime));
  const nodes = await page.getAttribute('#map', 'data-drawn');
  const wallMs = Date.now() - started;
  await page.waitForTimeout(1000);
  const box = await page.locator('#map').boundingBox();
  await page.evaluate(() => {
    window.qvFrames = [];
    let last = performance.now();
    const tick = (now) => {
      window.qvFrames.push(now - last);
      last = now;
      if (!window.qvStopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Two seconds of dragging the map back and forth, as a reader pans.
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 120; i += 1) {
    await page.mouse.move(cx + 250 * Math.sin(i / 10), cy + 120 * Math.cos(i / 13));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.qvStopFrames = true;
    return window.qvFrames.slice(1);
  });
  await page.close();
  return {loadedMs, builtMs, openMs, wallMs, nodes: Number(nodes), frames};
}

const index = argument('--index');
const server = await startServer(index);
const browser = await launchBrowser();
try {
  const health = await (await fetch(`${server.url}/api/health`)).json();
  const graphBytes = (await (await fetch(`${server.url}/api/graph`)).arrayBuffer()).byteLength;
  console.log(`index: ${index} (${health.entries} entries)`);
  console.log(`search page first load (HTML+CSS+JS): ${(await firstLoad(browser, server.url) / 1024).toFixed(1)} KB`);
  const latencies = await typingLatencies(browser, server.url,
    ['Bürgersprechstunde', 'Einbruchschutz', 'Kiez', 'Gewalt in der Familie', 'Enkeltrick', 'Datei kopieren']);
  console.log(`typing to results shown: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms ` +
    `(${latencies.length} keystrokes)`);
  await mapNumbers(browser, server.url);  // a first visit warms the operating system's caches
  const map = await mapNumbers(browser, server.url);
  const fps = 1000 / percentile(map.frames, 50);
  console.log(`map: ${map.nodes} nodes, /api/graph ${(graphBytes / 1024 / 1024).toFixed(1)} MB, drawn ${map.openMs.toFixed(0)} ms after navigation ` +
    `(graph loaded at ${map.loadedMs.toFixed(0)} ms, built at ${map.builtMs.toFixed(0)} ms)`);
  console.log(`map panning: median frame ${percentile(map.frames, 50).toFixed(1)} ms (${fps.toFixed(0)} fps), ` +
    `p95 ${percentile(map.frames, 95).toFixed(1)} ms, longest ${Math.max(...map.frames).toFixed(0)} ms over ${map.frames.length} frames`);
} finally {
  await browser.close();
  server.stop();
}
