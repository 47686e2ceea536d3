// Build Heard's front-end assets.
//
//   npm ci && npm run build
//
// participation/static/src/heard-young.scss -> build/young.css: young people's pages (templates/respond/ and the error
//                                         pages on its base); small, as a phone on a prepaid plan downloads it
// participation/static/src/heard-staff.scss -> build/staff.css: staff pages (templates/staff/base.html)
// participation/static/src/heard.js   -> build/heard.js  (terser-minified ES module)
//
// Each stylesheet is compiled from GOV.UK Frontend's Sass sources (only the components it names), then every rule
// whose selector names a class that none of its pages can carry is dropped (PurgeCSS), and csso merges what is left.
// The classes its pages can carry are every govuk-*, heard-* or pack-* word in its templates (FAMILIES below), in
// Heard's Python and script, and in GOV.UK's own templates of the components it names. tests/unit/
// test_stylesheets.py checks, independently, that each class a template family uses is defined in its stylesheet.
//
// participation/static/src/symbols.json -> participation/static/build/symbols/<name>.svg: only the OpenMoji
// pictures Heard names (from node_modules/openmoji, CC BY-SA 4.0), made smaller (no ids, empty groups, spaces
// between tags or needless decimals). Never committed: build output, like the CSS.
//
// Every file is also written under a name carrying a digest of what it holds (young.<12 hex>.css), which
// build/manifest.json maps from the plain name: url_for('static', ...) gives the digest name
// (participation/assets.py) and WhiteNoise serves those with a year-long immutable cache. Beside each file go its
// .gz (zlib level 9) and .br (Brotli 11), which WhiteNoise sends to a browser that accepts them.
//
// No GOV.UK Frontend images or fonts are copied: Heard uses a system font
// stack, its own text-only header, and hides the crown/crest in the footer.
// Pure JS only (Dart Sass, PurgeCSS, csso, Terser): nothing native, nothing downloaded.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

import { minify as minifyCss } from "csso";
import { PurgeCSS } from "purgecss";
import * as sass from "sass";
import { minify } from "terser";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const src = join(here, "src");
const out = join(here, "build");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const templates = join(root, "templates");

// Which templates each stylesheet serves (folders or files under templates/). Young people's pages extend
// templates/respond/base.html; macros.html is shared, so every class in it counts for both.
const FAMILIES = {
  young: ["respond", "errors", "base.html", "macros.html"],
  staff: ["."],
};

// Classes that a template writes from a value (govuk-tag--{{ colour }}): kept in these stylesheets whatever the words.
const DYNAMIC = {
  young: [],
  staff: [/^govuk-tag--/],
};

// A class is letters, digits, _, - and GOV.UK's ! (govuk-!-margin-bottom-0).
const CLASS_WORDS = /[A-Za-z0-9_!-]+/g;

async function filesUnder(path, extensions) {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(async (error) => {
    if (error.code === "ENOTDIR") return null;
    throw error;
  });
  if (entries === null) return [path];
  return entries
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

// govuk_frontend_wtf's widgets and the GOV.UK component whose template each renders.
const WIDGETS = {
  GovCharacterCount: "character-count",
  GovCheckboxInput: "checkboxes",
  GovCheckboxesInput: "checkboxes",
  GovDateInput: "date-input",
  GovFileInput: "file-upload",
  GovPasswordInput: "password-input",
  GovRadioInput: "radios",
  GovSelect: "select",
  GovSubmitInput: "button",
  GovTextArea: "textarea",
  GovTextInput: "input",
};

// The GOV.UK components whose own templates render on these pages: the macros the templates import, the widgets
// Heard's forms use, and the components those call in turn (radios calls fieldset, hint, label, error-message).
async function componentsRendered(templateText, pythonText) {
  const found = new Set();
  for (const [, name] of templateText.matchAll(/govuk_frontend_jinja\/components\/([a-z-]+)\//g)) found.add(name);
  for (const [widget, name] of Object.entries(WIDGETS)) if (pythonText.includes(widget)) found.add(name);
  const queue = [...found];
  while (queue.length) {
    const njk = await readFile(join(govuk, "components", queue.pop(), "template.njk"), "utf8").catch(() => "");
    for (const [, name] of njk.matchAll(/from "\.\.\/([a-z-]+)\/macro\.njk"/g)) {
      if (!found.has(name)) queue.push(name) && found.add(name);
    }
  }
  return found;
}

// What the pages of one stylesheet are made from: their templates, Heard's Python and script, and GOV.UK's
// templates (Nunjucks, which the Jinja port follows) of the page and of each component rendered by its own macro.
async function contentOf(family) {
  const read = async (paths) => Promise.all(paths.map((path) => readFile(path, "utf8")));
  const pages = [];
  for (const part of FAMILIES[family]) pages.push(...(await filesUnder(join(templates, part), [".html"])));
  const pageText = await read(pages);
  const python = await read(await filesUnder(join(root, "participation"), [".py"]));
  const components = await componentsRendered(pageText.join("\n"), python.join("\n"));
  const govukTemplates = [join(govuk, "template.njk")];
  for (const name of components) govukTemplates.push(join(govuk, "components", name, "template.njk"));
  const govukText = await Promise.all(govukTemplates.map((path) => readFile(path, "utf8").catch(() => "")));
  const script = await readFile(join(src, "heard.js"), "utf8");
  return [...pageText, ...python, ...govukText, script].map((raw) => ({ raw, extension: "html" }));
}

async function buildCss(family) {
  const entry = join(src, `heard-${family}.scss`);
  const compiled = await sass.compileAsync(entry, {
    style: "expanded",
    // `@use "govuk/..."` resolves to node_modules/govuk-frontend/dist/govuk/...
    loadPaths: [join(root, "node_modules", "govuk-frontend", "dist")],
    // Deprecation warnings from GOV.UK Frontend's own Sass are not ours to
    // fix; warnings from our own files are still shown.
    quietDeps: true,
    sourceMap: false,
  });
  const [purged] = await new PurgeCSS().purge({
    content: await contentOf(family),
    css: [{ raw: compiled.css }],
    defaultExtractor: (content) => content.match(CLASS_WORDS) || [],
    // Only classes are judged: element, attribute ([dir="rtl"]) and :lang() selectors stay as they are.
    safelist: { standard: [/^(?!govuk-|heard-|pack-)/, ...DYNAMIC[family]], greedy: [] },
    keyframes: true,
    fontFace: true,
  });
  return minifyCss(purged.css, { restructure: true }).css + "\n";
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
  return result.code + "\n";
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
  const files = {};
  for (const [name, hexcode] of Object.entries(names)) {
    if (name.startsWith("_")) continue;
    files[`symbols/${name}.svg`] = smallerSvg(await readFile(join(openmoji, `${hexcode}.svg`), "utf8")) + "\n";
  }
  return files;
}

// A file's name with the first 12 hex digits of its SHA-256 before the extension: young.css -> young.0a1b2c3d4e5f.css.
export function digestName(name, content) {
  const digest = createHash("sha256").update(content).digest("hex").slice(0, 12);
  return name.replace(/(\.[a-z0-9]+)$/, `.${digest}$1`);
}

// Writes the file, its digest-named copy and, where they are smaller, the .gz and .br of both.
async function writeAsset(name, content) {
  const hashed = digestName(name, content);
  const data = Buffer.from(content);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  for (const file of [name, hashed]) {
    await mkdir(dirname(join(out, file)), { recursive: true });
    await writeFile(join(out, file), data);
    if (gz.length < data.length) await writeFile(join(out, `${file}.gz`), gz);
    if (br.length < data.length) await writeFile(join(out, `${file}.br`), br);
  }
  return { hashed, raw: data.length, gz: Math.min(gz.length, data.length), br: Math.min(br.length, data.length) };
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const [young, staff, js, symbols] = await Promise.all([buildCss("young"), buildCss("staff"), buildJs(), buildSymbols()]);
const assets = { "young.css": young, "staff.css": staff, "heard.js": js, ...symbols };
// The manifest names files as url_for('static', filename=...) does: from the static folder.
const manifest = {};
const sizes = {};
for (const [name, content] of Object.entries(assets)) {
  const written = await writeAsset(name, content);
  manifest[`build/${name}`] = `build/${written.hashed}`;
  sizes[name] = written;
}
await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");

const size = ({ raw, gz, br }) => `${raw} B, ${gz} B gzip, ${br} B brotli`;
for (const name of ["young.css", "staff.css", "heard.js"]) console.log(`build/${name.padEnd(10)} ${size(sizes[name])}`);
const pictures = Object.keys(symbols).map((name) => sizes[name]);
console.log(
  `build/symbols/  ${pictures.length} OpenMoji pictures, ${pictures.reduce((sum, file) => sum + file.br, 0)} B brotli in all`,
);
