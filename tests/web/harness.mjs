// What the browser tests share: an index of the bundled glossary plus the entries in
// tests/web/extra-corpus, the real querverweis server on a free port, Debian's Chromium driven by
// playwright-core, and a page wrapper that fails a test on any console error and saves a
// screenshot under the build folder when a test fails.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {chromium} from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const sourceDir = process.env.QV_SOURCE_DIR || path.resolve(here, '../..');
export const buildDir = process.env.QV_BUILD_DIR || path.join(sourceDir, 'build');
export const binary = process.env.QV_BINARY || path.join(buildDir, 'tools/querverweis');
export const failureDir = path.join(buildDir, 'web-test-failures');

// Chromium as root needs --no-sandbox; WebGL without a GPU needs SwiftShader; the rest keeps it
// from reaching out to the network on its own.
export const chromiumArgs = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export function run(command, args) {
  const result = spawnSync(command, args, {encoding: 'utf8'});
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  }
  return result.stdout;
}

// The bundled glossary and the extra entries, indexed into a fresh temporary folder.
export function buildTestIndex() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qv-web-'));
  const corpus = path.join(root, 'corpus');
  fs.cpSync(path.join(sourceDir, 'corpus/praevention-kompakt'), corpus, {recursive: true});
  fs.cpSync(path.join(here, 'extra-corpus'), corpus, {recursive: true});
  const index = path.join(root, 'index');
  run(binary, ['index', '--corpus', corpus, '--index', index]);
  return {root, index};
}

// Starts `querverweis serve` on a free port; resolves to {url, stop()}.
export function startServer(index, webDir = path.join(sourceDir, 'web')) {
  const child = spawn(binary, ['serve', '--index', index, '--port', '0', '--web', webDir],
    {stdio: ['ignore', 'ignore', 'pipe']});
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /serving on (http:\/\/[\d.]+:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({url: match[1], stop: () => child.kill('SIGTERM'), child});
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
}

export function launchBrowser() {
  return chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs});
}

// Runs `body(page)` in a fresh page of `browser`. Console errors and uncaught page errors fail
// the test unless `allowConsole` matches them; a failing test leaves a screenshot behind.
export async function withPage(browser, name, body, {viewport = {width: 1440, height: 900}, allowConsole = null} = {}) {
  const context = await browser.newContext({viewport, locale: 'de-DE'});
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !(allowConsole && allowConsole.test(message.text()))) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  try {
    await body(page);
    if (problems.length) throw new Error(`problems on the page:\n${problems.join('\n')}`);
  } catch (error) {
    fs.mkdirSync(failureDir, {recursive: true});
    const file = path.join(failureDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({path: file, fullPage: true}).catch(() => {});
    error.message += `\n(screenshot: ${file})`;
    throw error;
  } finally {
    await context.close();
  }
}

// The p-th percentile (0–100) of numbers, nearest rank.
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
