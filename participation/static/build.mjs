// Build Heard's front-end assets.
//
//   npm ci && npm run build
//
// participation/static/src/heard.scss -> participation/static/build/heard.css (compressed)
// participation/static/src/heard.js   -> participation/static/build/heard.js  (terser-minified ES module)
//
// No GOV.UK Frontend images or fonts are copied: Heard uses a system font
// stack, its own text-only header, and hides the crown/crest in the footer.
// Pure JS only (Dart Sass + Terser): nothing native, nothing downloaded.
import { mkdir, readFile, writeFile } from "node:fs/promises";
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

await mkdir(out, { recursive: true });
const [css, js] = await Promise.all([buildCss(), buildJs()]);

const size = (s) => `${Buffer.byteLength(s)} B, ${gzipSync(s, { level: 9 }).length} B gzipped`;
console.log(`build/heard.css  ${size(css)}`);
console.log(`build/heard.js   ${size(js)}`);
