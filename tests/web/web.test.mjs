// The web page in a real browser: Debian's Chromium, driven by playwright-core, against the real
// server over the bundled glossary plus tests/web/extra-corpus. Run by ctest (web_browser_tests).
// QV_SCREENSHOTS=DIR also saves a screenshot of every page into DIR (for the README).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {buildTestIndex, launchBrowser, percentile, sourceDir, startServer, withPage} from './harness.mjs';
import {checkHeaders, checkOpenApi, checkStaticPathsStayInside} from './server-checks.mjs';

const screenshotDir = process.env.QV_SCREENSHOTS || '';
let server;
let browser;
let indexRoot;

async function screenshot(page, name) {
  if (!screenshotDir) return;
  fs.mkdirSync(screenshotDir, {recursive: true});
  await page.screenshot({path: path.join(screenshotDir, `${name}.png`)});
}

async function typeSlowly(page, selector, text) {
  await page.click(selector);
  await page.keyboard.type(text, {delay: 60});
}

// Waits until the results shown are those for `query`. Locators, not waitForFunction: the
// page's Content-Security-Policy forbids the eval() that waitForFunction polls with.
async function resultsFor(page, query) {
  await page.locator(`#results[data-query=${JSON.stringify(query)}]`).waitFor({state: 'attached'});
}

async function firstHit(page) {
  return page.locator('#results .hit').first();
}

before(async () => {
  const index = buildTestIndex();
  indexRoot = index.root;
  server = await startServer(index.index);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.stop();
  if (indexRoot) fs.rmSync(indexRoot, {recursive: true, force: true});
});

describe('search page', () => {
  it('shows Bürgersprechstunde first with a mark while "buergersprech" is typed', async () => {
    await withPage(browser, 'search-as-you-type', async (page) => {
      await page.goto(`${server.url}/`);
      await typeSlowly(page, '#q', 'buergersprech');
      await resultsFor(page, 'buergersprech');
      const hit = await firstHit(page);
      assert.equal(await hit.locator('h3').innerText(), 'Bürgersprechstunde');
      assert.ok(await hit.locator('.snippet mark').count() > 0, 'the snippet marks the match');
      assert.match(await page.locator('#status').innerText(), /\d+ Treffer in \d+ ms/);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'buergersprech');
      await screenshot(page, 'suche');
    });
  });

  it('offers "Meinten Sie Enkeltrick?" for "Enkeltrik" and fixes the query with one click', async () => {
    await withPage(browser, 'did-you-mean', async (page) => {
      await page.goto(`${server.url}/`);
      await typeSlowly(page, '#q', 'Enkeltrik');
      const offer = page.locator('#did-you-mean');
      await offer.waitFor({state: 'visible'});
      assert.equal(await offer.innerText(), 'Meinten Sie Enkeltrick?');
      await page.click('#did-you-mean-button');
      await resultsFor(page, 'Enkeltrick');
      assert.equal(await page.inputValue('#q'), 'Enkeltrick');
      assert.equal(await (await firstHit(page)).locator('h3').innerText(), 'Enkeltrick');
      assert.ok(await offer.isHidden(), 'the offer disappears once the query is right');
    });
  });

  it('restores a shared search from the URL, filters by tag and explains a hit', async () => {
    await withPage(browser, 'facets-and-why', async (page) => {
      await page.goto(`${server.url}/?q=Polizei`);
      await resultsFor(page, 'Polizei');
      const total = Number((await page.locator('#status').innerText()).match(/^([\d.]+) Treffer/)[1].replace('.', ''));
      const facet = page.locator('#facets li').first();
      const count = Number((await facet.locator('.count').innerText()).replace(/[()]/g, ''));
      const tag = (await facet.locator('label').innerText()).replace(/\s*\(\d+\)$/, '');
      assert.ok(count < total, 'the first tag narrows the result');
      await facet.locator('input').check();
      await page.locator('#status', {hasText: new RegExp(`^${count} Treffer`)}).waitFor();
      assert.deepEqual(new URL(page.url()).searchParams.getAll('tag'), [tag]);
      const toggle = (await firstHit(page)).locator('.why-toggle');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.match(await (await firstHit(page)).locator('.why').innerText(), /„Polizei“/);
      await screenshot(page, 'suche-warum');
    });
  });

  it('moves through the hits with the arrow keys and focuses the box with /', async () => {
    await withPage(browser, 'keyboard', async (page) => {
      await page.goto(`${server.url}/?q=Gewalt`);
      await resultsFor(page, 'Gewalt');
      await page.focus('#q');
      await page.keyboard.press('ArrowDown');
      const first = await page.evaluate(() => document.activeElement.textContent);
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement.textContent);
      assert.equal(first, await page.locator('#results .hit-link').nth(0).innerText());
      assert.equal(second, await page.locator('#results .hit-link').nth(1).innerText());
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    });
  });

  it('measures typing to results shown (reported, not asserted)', async () => {
    await withPage(browser, 'typing-latency', async (page) => {
      await page.goto(`${server.url}/`);
      await page.evaluate(() => {
        // Time from each keystroke to the frame that shows the results for what was typed.
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
      for (const query of ['Bürgersprechstunde', 'Einbruchschutz', 'Kiez', 'Gewalt in der Familie', 'Enkeltrick']) {
        await page.fill('#q', '');
        await page.click('#q');
        await page.keyboard.type(query, {delay: 150});
        await resultsFor(page, query);
      }
      await page.waitForTimeout(300);
      const latencies = await page.evaluate(() => window.qvLatencies);
      assert.ok(latencies.length >= 40, `measured ${latencies.length} keystrokes`);
      console.log(`# typing to results shown: p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms over ${latencies.length} keystrokes`);
    });
  });

  it('loads in at most 150 KB of HTML, CSS and JavaScript', async () => {
    await withPage(browser, 'first-load', async (page) => {
      const sizes = new Map();
      page.on('response', async (response) => {
        const type = response.headers()['content-type'] || '';
        if (/text\/html|text\/css|javascript/.test(type)) {
          sizes.set(response.url(), (await response.body()).length);
        }
      });
      await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      console.log(`# search page first load: ${(total / 1024).toFixed(1)} KB in ${sizes.size} files`);
      assert.ok(total <= 150 * 1024, `first load is ${total} bytes`);
    });
  });
});

describe('entry page', () => {
  it('links "Bürgersprechstunden" in Quartiermanagement and names Bürgersprechstunde as related, quoting the mention', async () => {
    await withPage(browser, 'entry', async (page) => {
      await page.goto(`${server.url}/e/quartiermanagement`);
      await page.locator('h1').filter({hasText: 'Quartiermanagement'}).waitFor();
      const link = page.locator('.entry-body a', {hasText: 'Bürgersprechstunden'});
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute('href'), '/e/buergersprechstunde');
      const related = page.locator('#related li', {has: page.locator('a[href="/e/buergersprechstunde"]')});
      assert.equal(await related.count(), 1);
      assert.match(await related.locator('.reasons').innerText(), /„Bürgersprechstunden“/);
      assert.ok(await page.locator('.entry-body h2').count() >= 2, 'sections are headings');
      assert.ok(await page.locator('.entry-body ul li').count() >= 5, 'the list is a list');
      assert.ok(await page.locator('.local-map svg a').count() >= 3, 'the neighbour map links');
      await screenshot(page, 'eintrag');
    });
  });

  it('shows where an entry is mentioned, linked or not', async () => {
    await withPage(browser, 'backlinks', async (page) => {
      await page.goto(`${server.url}/e/buergersprechstunde`);
      await page.locator('#unlinked').waitFor();
      const backlink = page.locator('#backlinks a[href="/e/quartiermanagement"]');
      assert.equal(await backlink.count(), 1);
      const unlinked = page.locator('#unlinked li', {has: page.locator('a[href="/e/quartiermanagement"]')});
      assert.equal(await unlinked.locator('mark').first().innerText(), 'Bürgersprechstunden');
      assert.match(await page.locator('#unlinked h2').innerText(), /Unverlinkte Erwähnungen \(\d+\)/);
    });
  });

  it('answers an unknown slug with a German "nicht gefunden" page', async () => {
    await withPage(browser, 'not-found', async (page) => {
      const response = await page.goto(`${server.url}/e/gibt-es-nicht`);
      assert.equal(response.status(), 404);
      assert.equal(await page.locator('h1').innerText(), 'Nicht gefunden');
      assert.match(await page.locator('main').innerText(), /gibt es nicht/);
    }, {allowConsole: /status of 404/});
  });

  it('shows an entry titled <img src=x onerror=alert(1)> as text everywhere', async () => {
    await withPage(browser, 'xss', async (page) => {
      await page.goto(`${server.url}/e/xss-eintrag`);
      const title = page.locator('h1');
      await title.filter({hasText: 'onerror'}).waitFor();
      assert.equal(await title.innerText(), '<img src=x onerror=alert(1)>');
      assert.equal(await page.locator('main img').count(), 0);
      assert.match(await page.locator('.entry-body').innerText(), /<script>alert\(4\)<\/script>/);
      await page.goto(`${server.url}/?q=onerror`);
      await resultsFor(page, 'onerror');
      assert.equal(await (await firstHit(page)).locator('h3').innerText(), '<img src=x onerror=alert(1)>');
      assert.equal(await page.locator('main img').count(), 0);
      await page.goto(`${server.url}/e/quartiermanagement`);
      await page.locator('#backlinks').waitFor();
      assert.equal(await page.locator('main img, main script').count(), 0);
    });
  });
});

describe('link editor', () => {
  it('puts exactly the accepted link into the Markdown, at its place', async () => {
    const text = fs.readFileSync(path.join(sourceDir, 'corpus/praevention-kompakt/quartiermanagement.md'), 'utf8');
    await withPage(browser, 'editor', async (page) => {
      await page.goto(`${server.url}/verlinken`);
      await page.fill('#text', text);
      await page.fill('#self', 'quartiermanagement');
      await page.click('#editor-form button[type=submit]');
      await page.locator('#preview mark').first().waitFor();
      const total = await page.locator('#preview mark').count();
      assert.match(await page.locator('#card .position').innerText(), new RegExp(`^1 von ${total}$`));
      await page.click('#preview mark[data-target="buergersprechstunde"]');
      assert.equal(await page.locator('#card h3').innerText(), 'Bürgersprechstunde');
      await page.locator('#card .definition').filter({hasText: 'Bürgersprechstunde'}).waitFor();
      assert.doesNotMatch(await page.locator('#card').innerText(), /\bnull\b|undefined|\[object/);
      await page.keyboard.press('a');
      const other = page.locator('#preview mark:not([data-target="buergersprechstunde"])').first();
      const otherTarget = await other.getAttribute('data-target');
      await other.click();
      await page.keyboard.press('x');
      await page.locator('#reject-reasons').waitFor();
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator(`#preview mark[data-target="${otherTarget}"]`).getAttribute('class'), 'rejected');
      const at = text.indexOf('Bürgersprechstunden');
      const expected = `${text.slice(0, at)}[Bürgersprechstunden](buergersprechstunde)${text.slice(at + 'Bürgersprechstunden'.length)}`;
      assert.equal(await page.inputValue('#markdown'), expected);
      assert.match(await page.locator('#summary').innerText(), /^1 angenommen, 1 abgelehnt, \d+ offen\.$/);
      await screenshot(page, 'verlinken');
    });
  });
});

describe('concept map', () => {
  it('draws every node, focuses a searched node and opens an entry on click', async () => {
    await withPage(browser, 'map', async (page) => {
      const graph = await (await fetch(`${server.url}/api/graph`)).json();
      await page.goto(`${server.url}/karte`);
      await page.locator(`#map[data-drawn="${graph.nodes.length}"]`).waitFor({state: 'attached'});
      const drawnAfter = await page.evaluate(() => performance.getEntriesByName('qv-map-drawn')[0].startTime);
      console.log(`# map of ${graph.nodes.length} nodes drawn ${drawnAfter.toFixed(0)} ms after navigation`);
      await page.waitForTimeout(300);
      const png = await page.locator('#map').screenshot();
      const colours = await page.evaluate(async (data) => {
        // The browser decodes the screenshot; count pixels that are not the white background.
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let coloured = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235) coloured += 1;
        }
        return {coloured, all: pixels.length / 4};
      }, png.toString('base64'));
      assert.ok(colours.coloured > colours.all * 0.01, `only ${colours.coloured} of ${colours.all} pixels are drawn`);
      await screenshot(page, 'karte');
      await page.fill('#map-search', 'Quartiermanagement');
      await page.press('#map-search', 'Enter');
      await page.locator('#map[data-focused-x]').waitFor({state: 'attached'});
      assert.equal(await page.getAttribute('#map', 'data-focused'), 'quartiermanagement');
      assert.match(await page.locator('#map-status').innerText(), /^Quartiermanagement: \d+ Verbindungen/);
      const box = await page.locator('#map').boundingBox();
      const x = Number(await page.getAttribute('#map', 'data-focused-x'));
      const y = Number(await page.getAttribute('#map', 'data-focused-y'));
      await page.mouse.move(box.x + x, box.y + y);
      await page.waitForTimeout(100);
      await Promise.all([page.waitForURL(/\/e\/quartiermanagement$/), page.mouse.click(box.x + x, box.y + y)]);
    });
  });

  it('lists the entries instead where there is no WebGL', async () => {
    await withPage(browser, 'map-without-webgl', async (page) => {
      await page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function getContext(type, ...rest) {
          return /webgl/.test(type) ? null : original.call(this, type, ...rest);
        };
      });
      await page.goto(`${server.url}/karte`);
      await page.locator('#map-list li a').first().waitFor();
      assert.ok(await page.locator('#map').isHidden());
      assert.match(await page.locator('#map-status').innerText(), /Ohne WebGL als Liste/);
    });
  });
});

describe('analysis view', () => {
  it('shows the parts of "Bürgersprechstunden" and whether two words meet', async () => {
    await withPage(browser, 'analysis', async (page) => {
      await page.goto(`${server.url}/analyse?text=B%C3%BCrgersprechstunden&a=H%C3%A4user&b=Haus`);
      const parts = page.locator('[data-stage="compounds"] .token.added');
      await parts.first().waitFor();
      const terms = await parts.evaluateAll((nodes) => nodes.map((n) => n.firstChild.textContent));
      assert.deepEqual(terms, ['burg', 'sprechstunden']);
      assert.match(await page.locator('[data-stage="normalization"] .token.changed').innerText(), /burgersprechstunden/);
      await page.locator('#compare-result .verdict').waitFor();
      assert.match(await page.locator('#compare-result').innerText(), /^Ja: „Häuser“ und „Haus“ treffen sich\.[\s\S]*hau/);
      await page.click('button[data-a="Buergersprechstunde"]');
      await page.locator('#compare-result', {hasText: 'Buergersprechstunde'}).waitFor();
      assert.match(await page.locator('#compare-result .verdict').innerText(), /^Ja/);
      await screenshot(page, 'analyse');
    });
  });
});

describe('API description and safety', () => {
  it('describes every route in a valid OpenAPI 3.0 document, rendered at /api/docs', async () => {
    await checkOpenApi(server.url);
    await withPage(browser, 'api-docs', async (page) => {
      await page.goto(`${server.url}/api/docs`);
      await page.locator('#swagger .opblock').first().waitFor();
      assert.ok(await page.locator('#swagger .opblock').count() >= 10);
      await screenshot(page, 'api');
    });
  });

  it('sends the security headers and keeps static paths inside the web folder', async () => {
    await checkHeaders(server.url);
    await checkStaticPathsStayInside(server.url);
  });
});

describe('every page', () => {
  for (const [width, height] of [[375, 740], [1440, 900]]) {
    it(`fits ${width} px, labels every control and logs no errors`, async () => {
      for (const pagePath of ['/', '/?q=Kiez', '/e/quartiermanagement', '/verlinken', '/karte', '/analyse', '/api/docs']) {
        await withPage(browser, `layout-${width}${pagePath}`, async (page) => {
          await page.goto(`${server.url}${pagePath}`, {waitUntil: 'networkidle'});
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `${pagePath} is ${overflow} px too wide at ${width} px`);
          assert.doesNotMatch(await page.locator('main').innerText(), /undefined|\[object /, `${pagePath} shows a script value`);
          const unlabelled = await page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
            .filter((control) => control.type !== 'hidden' && !control.closest('#swagger'))
            .filter((control) => !(control.labels && control.labels.length) && !control.getAttribute('aria-label'))
            .map((control) => control.id || control.name || control.outerHTML.slice(0, 60)));
          assert.deepEqual(unlabelled, [], `${pagePath}: controls without a label`);
          if (width === 375 && pagePath === '/?q=Kiez') await screenshot(page, 'suche-375');
        }, {viewport: {width, height}});
      }
    });
  }
});
