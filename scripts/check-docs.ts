/**
 * The docs site in a real browser: opens the built typedoc site (docs-site/) in headless Chromium
 * (Debian's package, /usr/bin/chromium) over a static server on localhost, visits the index, a guide and an API page, fails on any
 * console error or page error, and saves docs-site/screenshot.png after checking that it is not
 * blank (many distinct colours, not one background). Run by .ci/run after `npm run docs`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";

const site = resolve("docs-site");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(join(site, "index.html"))) throw new Error("docs-site/index.html is missing: run `npm run docs` first");

const documents = existsSync(join(site, "documents")) ? readdirSync(join(site, "documents")).filter((f) => f.endsWith(".html")) : [];
const functions = existsSync(join(site, "functions")) ? readdirSync(join(site, "functions")).filter((f) => f.endsWith(".html")) : [];
const pages = ["index.html", ...documents.slice(0, 3).map((f) => `documents/${f}`), ...functions.slice(0, 2).map((f) => `functions/${f}`)];

const missing: string[] = [];
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  // Browsers ask for a favicon on their own; the site has none, and that is not a broken page.
  if (path === "/favicon.ico") {
    res.writeHead(204).end();
    return;
  }
  if (!file.startsWith(site) || !existsSync(file)) {
    missing.push(path);
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const problems: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  for (const p of pages) {
    await page.goto(base + p, { waitUntil: "load" });
    const words = await page.evaluate(() => document.body.innerText.trim().split(/\s+/).length);
    if (words < 20) problems.push(`${p} shows only ${words} words`);
  }
  await page.goto(base, { waitUntil: "load" });
  const shot = await page.screenshot({ fullPage: false });
  const file = join(site, "screenshot.png");
  writeFileSync(file, shot);
  const png = PNG.sync.read(shot);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
  if (colours.size < 16) problems.push(`the screenshot looks blank: ${colours.size} distinct colours`);
  console.log(`checked ${pages.length} pages in Chromium; screenshot ${file} has ${colours.size} distinct colours`);
} finally {
  await browser.close();
  server.close();
}
if (missing.length > 0) problems.push(`missing files: ${[...new Set(missing)].join(", ")}`);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
