// Build Heard's front-end assets.
//
//   npm ci && npm run build
//
// participation/static/src/heard.scss -> participation/static/build/heard.css (compressed)
// participation/static/src/heard.js   -> participation/static/build/heard.js  (terser-minified ES module)
//
// participation/static/src/symbols.json -> participation/static/build/symbols/<name>.svg: only the OpenMoji
// pictures Heard names (from node_modules/openmoji, CC BY-SA 4.0), made smaller (no ids, empty groups, spaces
// between tags or needless decimals). Never committed: build output, like the CSS.
//
// No GOV.UK Frontend images or fonts are copied: Heard uses a system font
// stack, its own text-only header, and hides the crown/crest in the footer.
// Pure JS only (Dart Sass + Terser): nothing native, nothing downloaded.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import * as sass from "sass";
import { minify } from "terser";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const src = join(here, "src");
const out = join(here, "build");

async function buildCss() {
  const result = await sass.compileAsync(join(src, "heard.scss"), {
    style: "compressed",
    // `@use "govuk/..."` resolves to node_modules/govuk-frontend/dist/govuk/...
    loadPaths: [join(root, "node_modules", "govuk-frontend", "dist")],
    // Deprecation warnings from GOV.UK Frontend's own Sass are not ours to
    // fix; warnings from our own files are still shown.
    quietDeps: true,
    sourceMap: false,
  });
  await writeFile(join(out, "heard.css"), result.css + "\n");
  return result.css;
}

async function buildJs() {
  const code = await readFile(join(src, "heard.js"), "utf8");
  const result = await minify(code, {
    module: true,
    ecma: 2017,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  await writeFile(join(out, "heard.js"), result.code + "\n");
  return result.code;
}

// Decimals past the first are cut (never rounded, which could carry into the digits before them): a tenth of a
// unit on OpenMoji's 72-unit grid is far below a pixel at the sizes Heard draws them. Only the decimals change, so
// packed path data ("a3 3 0 011.5 2", two arc flags then 1.5) keeps every number as it was.
export function smallerSvg(svg) {
  return svg
    .replace(/<\?xml[^>]*>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\s(?:id|version)="[^"]*"/g, "")
    .replace(/<g>\s*<\/g>|<g\s*\/>/g, "")
    .replace(/\.(\d)\d+/g, ".$1")
    .replace(/>\s+</g, "><")
    .replace(/\s+/g, " ")
    .trim();
}

async function buildSymbols() {
  const names = JSON.parse(await readFile(join(src, "symbols.json"), "utf8"));
  const symbols = join(out, "symbols");
  await rm(symbols, { recursive: true, force: true });
  await mkdir(symbols, { recursive: true });
  const openmoji = join(root, "node_modules", "openmoji", "color", "svg");
  let total = 0;
  for (const [name, hexcode] of Object.entries(names)) {
    if (name.startsWith("_")) continue;
    const svg = smallerSvg(await readFile(join(openmoji, `${hexcode}.svg`), "utf8")) + "\n";
    await writeFile(join(symbols, `${name}.svg`), svg);
    total += gzipSync(svg, { level: 9 }).length;
  }
  return { count: Object.keys(names).filter((name) => !name.startsWith("_")).length, total };
}

await mkdir(out, { recursive: true });
const [css, js, symbols] = await Promise.all([buildCss(), buildJs(), buildSymbols()]);

const size = (s) => `${Buffer.byteLength(s)} B, ${gzipSync(s, { level: 9 }).length} B gzipped`;
console.log(`build/heard.css  ${size(css)}`);
console.log(`build/heard.js   ${size(js)}`);
console.log(`build/symbols/  ${symbols.count} OpenMoji pictures, ${symbols.total} B gzipped in all`);
