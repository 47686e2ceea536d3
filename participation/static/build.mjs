// Build Heard's front-end assets.
//
//   npm ci && npm run build
//
// participation/static/src/heard-young.scss -> build/young.css: young people's pages (templates/respond/ and the error
//                                         pages on its base); small, as a phone on a prepaid plan downloads it
// participation/static/src/heard-staff.scss -> build/staff.css: staff pages (templates/staff/base.html)
// participation/static/src/heard.js   -> build/heard.js  (terser-minified ES module): young people's pages
// participation/static/src/heard.js + staff.js -> build/staff.js: staff pages, one bundle (staff/base.html loads it
//                                         instead of heard.js), so what only staff use is not on a phone
//
// Each stylesheet is compiled from GOV.UK Frontend's Sass sources (only the components it names), then every rule
// whose selector names a class that none of its pages can carry is dropped (PurgeCSS), and csso merges what is left.
// young.css also loses GOV.UK's print rules (only Heard's own, in src/_print.scss, stay) and the parts of the
// components it names that young people's pages never draw (UNUSED below); tests/pages.py checks every page a test
// reads against the stylesheet it links, so a page that starts to draw one fails its tests.
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

import { minify as minifyCss, syntax } from "csso";
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

// Classes that a template writes from a value (govuk-tag--{{ colour }}, and GOV.UK's own govuk-pagination__{{ type }}
// and govuk-input__{{ type }}, the previous and next links and an input's prefix and suffix): kept in these
// stylesheets whatever the words.
const DYNAMIC = {
  young: [],
  staff: [/^govuk-tag--/, /^govuk-pagination__(prev|next)$/, /^govuk-input__(prefix|suffix)$/],
};

// The scripts each family's pages load (build/heard.js, build/staff.js): the classes they set count as the pages'.
const SCRIPTS = {
  young: ["heard.js"],
  staff: ["heard.js", "staff.js"],
};

// Whether GOV.UK Frontend's own print rules stay. Staff pages print posters and invite cards in GOV.UK's print type;
// a young person's page prints well enough in its screen styles, with Heard's own print rules (src/_print.scss).
const GOVUK_PRINT = {
  young: false,
  staff: true,
};

// Parts of the components young.css names that GOV.UK's templates can draw but no young person's page does, dropped
// however their class words reach PurgeCSS (GOV.UK's templates name every part they can draw): follow-up fields under
// a radio or checkbox (only a staff form reveals any), the "or" between choices, small radios, inline choices, the
// extra-large legend and label and the small legend, an input's prefix and suffix, widths no young page sets, and
// the show/hide password button (staff sign-in: Heard's Python names the widget, so its template counts as content).
const UNUSED = {
  young: [
    /^govuk-(radios|checkboxes)__(conditional|divider)/,
    /^govuk-radios--(small|inline)$/,
    /^govuk-checkboxes--inline$/,
    /^govuk-fieldset__legend--(xl|s)$/,
    /^govuk-label--xl$/,
    /^govuk-input__(prefix|suffix)$/,
    /^govuk-input--width-(3|4|5)$/,
    /^govuk-password-input/,
  ],
  staff: [],
};

// States young people's pages never put a control in: no answer, button or field of theirs is ever disabled (tests/
// pages.py fails a young person's page that has one), so the rules for how a disabled one looks are dropped.
const UNUSED_STATES = {
  young: [/:disabled\b/, /\[disabled\]/],
  staff: [],
};

// Heard's own print rules come after this comment (src/_print.scss, the last layer of each stylesheet).
const PRINT_MARKER = /\/\*! heard-print:[^*]*\*\/\s*/;

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
  const pages = [];
  for (const part of FAMILIES[family]) pages.push(...(await filesUnder(join(templates, part), [".html"])));
  return contentFrom(await Promise.all(pages.map((path) => readFile(path, "utf8"))), SCRIPTS[family]);
}

async function contentFrom(pageText, scriptNames) {
  const read = async (paths) => Promise.all(paths.map((path) => readFile(path, "utf8")));
  const python = await read(await filesUnder(join(root, "participation"), [".py"]));
  const components = await componentsRendered(pageText.join("\n"), python.join("\n"));
  const govukTemplates = [join(govuk, "template.njk")];
  for (const name of components) govukTemplates.push(join(govuk, "components", name, "template.njk"));
  const govukText = await Promise.all(govukTemplates.map((path) => readFile(path, "utf8").catch(() => "")));
  const scripts = await read(scriptNames.map((name) => join(src, name)));
  return [...pageText, ...python, ...govukText, ...scripts].map((raw) => ({ raw, extension: "html" }));
}

// A media query list for print alone ("print", "only print", "print and (...)"), queries for screens or all media
// left in it; null when only print ones were there.
function withoutPrint(mediaQueries) {
  const left = mediaQueries
    .split(",")
    .map((query) => query.trim())
    .filter((query) => !/^(only\s+)?print(\s+and\b|$)/i.test(query));
  return left.length ? left.join(",") : null;
}

// GOV.UK Frontend's print rules dropped from a compiled stylesheet: every @media for print alone before Heard's own
// print layer (PRINT_MARKER); a rule for print and screens keeps its screens.
export function dropGovukPrint(css) {
  const parts = css.split(PRINT_MARKER);
  if (parts.length !== 2) throw new Error("src/_print.scss's marker comment must appear exactly once");
  const ast = syntax.parse(parts[0]);
  syntax.walk(ast, {
    visit: "Atrule",
    enter(node, item, list) {
      if (node.name !== "media" || !node.prelude || !list) return;
      const left = withoutPrint(syntax.generate(node.prelude));
      if (left === null) list.remove(item);
      else node.prelude = syntax.parse(left, { context: "atrulePrelude", atrule: "media" });
    },
  });
  return syntax.generate(ast) + parts[1];
}

// Every selector matching one of ``patterns`` dropped from a stylesheet, and each rule left with none.
export function dropSelectors(css, patterns) {
  if (!patterns.length) return css;
  const ast = syntax.parse(css);
  syntax.walk(ast, {
    visit: "Rule",
    enter(node, item, list) {
      node.prelude.children.forEach((selector, selectorItem, selectors) => {
        const text = syntax.generate(selector);
        if (patterns.some((pattern) => pattern.test(text))) selectors.remove(selectorItem);
      });
      if (node.prelude.children.isEmpty && list) list.remove(item);
    },
  });
  return syntax.generate(ast);
}

// Heard sets no --govuk-*-colour property ($govuk-output-custom-properties: false, _settings.scss), so each
// var(--govuk-x-colour, #abc) GOV.UK writes is always the colour after its comma: write just that.
export function plainColours(css) {
  const plain = css.replace(/var\(--govuk-[a-z-]+-colour,\s*([^()]+?)\)/g, "$1");
  const left = plain.match(/var\(--govuk-[^)]*\)/);
  if (left) throw new Error(`a GOV.UK custom property with no plain value to use: ${left[0]}`);
  return plain;
}

// One family's stylesheet as compiled, before csso merges it: GOV.UK's colours made plain, its print rules dropped
// where the family does without them, and every rule for a class none of its pages can carry (PurgeCSS).
async function purgedCss(family) {
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
  let css = plainColours(compiled.css);
  css = GOVUK_PRINT[family] ? css.replace(PRINT_MARKER, "") : dropGovukPrint(css);
  const purged = await purgeFor(css, await contentOf(family), family);
  return dropSelectors(purged, UNUSED_STATES[family]);
}

async function purgeFor(css, content, family, unused = []) {
  const [purged] = await new PurgeCSS().purge({
    content,
    css: [{ raw: css }],
    defaultExtractor: (text) => text.match(CLASS_WORDS) || [],
    // Only classes are judged: element, attribute ([dir="rtl"]) and :lang() selectors stay as they are.
    safelist: { standard: [/^(?!govuk-|heard-|pack-)/, ...DYNAMIC[family]], greedy: [] },
    blocklist: [...UNUSED[family], ...unused],
    keyframes: true,
    fontFace: true,
  });
  return purged.css;
}

const minified = (css) => minifyCss(css, { restructure: true, comments: false }).css + "\n";

// Each selector of a stylesheet with where it stands: the at-rules around it and the declarations it carries. Two
// stylesheets cut from the same compiled source write a selector that both keep the same way.
function selectorKeys(css) {
  const keys = new Set();
  eachSelector(syntax.parse(css), (key) => keys.add(key));
  return keys;
}

function eachSelector(ast, visit) {
  const around = [];
  syntax.walk(ast, {
    enter(node, item, list) {
      if (node.type === "Atrule") around.push(`@${node.name} ${node.prelude ? syntax.generate(node.prelude) : ""}`);
      if (node.type !== "Rule") return;
      const block = syntax.generate(node.block);
      node.prelude.children.forEach((selector, selectorItem, selectors) => {
        const key = `${around.join(" ")}|${syntax.generate(selector)}|${block}`;
        if (visit(key, syntax.generate(selector)) === false) selectors.remove(selectorItem);
      });
      if (node.prelude.children.isEmpty && list) list.remove(item);
    },
    leave(node) {
      if (node.type === "Atrule") around.pop();
    },
  });
}

// A stylesheet with only the selectors ``keep(key, selector)`` chooses, and no rule or at-rule left empty.
function onlySelectors(css, keep) {
  const ast = syntax.parse(css);
  eachSelector(ast, keep);
  syntax.walk(ast, {
    visit: "Atrule",
    leave(node, item, list) {
      if (node.block && node.block.children.isEmpty && list) list.remove(item);
    },
  });
  return syntax.generate(ast);
}

// The easy version's rules: those for the <body class="heard-easy"> of its pages (src/_easy.scss).
const EASY = /\.heard-easy(?![\w-])/;

// Young people's stylesheets, by page (issue 16: the first question page a phone fetches with an empty cache, at
// most 8 KB). young.css: what a question page draws, of every kind, with its errors and notices (QUESTION_PAGES,
// what they import and the GOV.UK components they render). young-pages.css: the rest of young.css, for the other
// pages (start, check, done, receipt, help, "You said, we did", promises, errors), which link both; the start page is
// where a journey begins, so the question pages after it fetch nothing more. easy.css: the easy version's rules,
// linked by every page in the easy version. A selector is in exactly one of the three, in its place in the
// compiled order, so a page that links the ones it needs gets the same cascade as one stylesheet would give.
const QUESTION_PAGES = [
  "respond/question.html",
  "respond/kinds",
  "respond/listen.html",
  "respond/base.html",
  "base.html",
  "macros.html",
];

// Parts of what QUESTION_PAGES name that a question page still never draws for a young person: the start button
// (GOV.UK's button template names it), notification banners (a worker's preview, the notice that a page was open too
// long to save: a question page with one links young-pages.css as well), day-month-year boxes and status tags (named by staff widgets and Python), and the menu
// of languages (a question page links to the page of languages instead: macros.language_list).
const NOT_ON_QUESTION_PAGES = [
  /^govuk-button--start$/,
  /^govuk-button__start-icon$/,
  /^govuk-notification-banner/,
  /^heard-preview/,
  /^govuk-date-input/,
  /^govuk-input--width-2$/,
  /^govuk-tag/,
  /^heard-languages__(menu|list|item)$/,
];

async function buildYoung() {
  const all = await purgedCss("young");
  const pages = [];
  for (const part of QUESTION_PAGES) pages.push(...(await filesUnder(join(templates, part), [".html"])));
  const pageText = await Promise.all(pages.map((path) => readFile(path, "utf8")));
  const content = await contentFrom(pageText, SCRIPTS.young);
  const question = selectorKeys(await purgeFor(all, content, "young", NOT_ON_QUESTION_PAGES));
  const part = (keep) => minified(onlySelectors(all, keep));
  return {
    "young.css": part((key, selector) => question.has(key) && !EASY.test(selector)),
    "young-pages.css": part((key, selector) => !question.has(key) && !EASY.test(selector)),
    "easy.css": part((key, selector) => EASY.test(selector)),
  };
}

async function buildCss(family) {
  return minified(await purgedCss(family));
}

// One ES module from the family's scripts, each in a block of its own so their top-level names stay apart.
async function buildJs(family) {
  const sources = await Promise.all(SCRIPTS[family].map((name) => readFile(join(src, name), "utf8")));
  const code = sources.length === 1 ? sources[0] : sources.map((source) => `{\n${source}\n}`).join("\n");
  const result = await minify(code, {
    module: true,
    ecma: 2017,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  return result.code + "\n";
}

// What a shape with no children draws the same without: on one with stroke="none", how a stroke would be drawn
// (there is none); with round or bevelled corners, the miter limit (it applies only to mitred ones). A shape with no
// children passes nothing on, so nothing else changes.
const STROKE_ONLY = ["stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-width", "stroke-dasharray"];

function leanShape(tag, attributes) {
  const found = new Map([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
  if (found.get("stroke") === "none") for (const name of STROKE_ONLY) found.delete(name);
  if (["round", "bevel"].includes(found.get("stroke-linejoin"))) found.delete("stroke-miterlimit");
  return `<${tag}${[...found].map(([name, value]) => ` ${name}="${value}"`).join("")}/>`;
}

// Decimals past the first are cut (never rounded, which could carry into the digits before them): a tenth of a
// unit on OpenMoji's 72-unit grid is far below a pixel at the sizes Heard draws them. Only the decimals change, so
// packed path data ("a3 3 0 011.5 2", two arc flags then 1.5) keeps every number as it was. Six-digit colours with
// three repeated pairs are written in three (#000000 is #000).
export function smallerSvg(svg) {
  return svg
    .replace(/<\?xml[^>]*>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\s(?:id|version)="[^"]*"/g, "")
    .replace(/<g>\s*<\/g>|<g\s*\/>/g, "")
    .replace(/\.(\d)\d+/g, ".$1")
    .replace(/"#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3"/gi, '"#$1$2$3"')
    .replace(/<(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*\/>/g, (_, tag, attributes) => leanShape(tag, attributes))
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
const [young, staff, youngJs, staffJs, symbols] = await Promise.all([
  buildYoung(),
  buildCss("staff"),
  buildJs("young"),
  buildJs("staff"),
  buildSymbols(),
]);
const assets = { ...young, "staff.css": staff, "heard.js": youngJs, "staff.js": staffJs, ...symbols };
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
for (const name of ["young.css", "young-pages.css", "easy.css", "staff.css", "heard.js", "staff.js"]) {
  console.log(`build/${name.padEnd(16)} ${size(sizes[name])}`);
}
const pictures = Object.keys(symbols).map((name) => sizes[name]);
console.log(
  `build/symbols/  ${pictures.length} OpenMoji pictures, ${pictures.reduce((sum, file) => sum + file.br, 0)} B brotli in all`,
);
