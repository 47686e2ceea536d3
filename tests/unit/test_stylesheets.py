"""Each family of pages links a stylesheet holding every class its templates, Heard's Python and script can write
that GOV.UK Frontend or Heard's Sass styles.

Young people's pages (templates extending respond/base.html) link build/young.css, and but for question pages
build/young-pages.css, and in the easy version build/easy.css; staff pages (templates extending staff/base.html) link
build/staff.css. build.mjs compiles each from only the GOV.UK Frontend components it names and
drops every rule for a class it does not find; this test finds the classes on its own (from what each family's pages
extend, include and import, not from build.mjs's list of folders) and fails for any class a page can carry that its
stylesheet does not define: a component left out of a stylesheet, a class the purge dropped, a stale build. A class
that no stylesheet anywhere styles (a hook for tests or the script, such as heard-answer, or govuk-tag--blue, which
GOV.UK Frontend 6 dropped as its tags are blue by default) needs no rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from participation.audio.services import VOICE_LABELS
from tests.pages import problems
from tests.stylesheets import BUILD, ROOT, SOURCES, STAFF_CONTEXT_ONLY, classes_in_css, defined, styled_anywhere

TEMPLATES = ROOT / "templates"
SCRIPTS = [SOURCES / "heard.js"]
STAFF_SCRIPTS = [SOURCES / "heard.js", SOURCES / "staff.js"]

CLASS = re.compile(r"(?<![A-Za-z0-9_-])((?:govuk|heard|pack)-[A-Za-z0-9_!-]*[A-Za-z0-9_])(?![A-Za-z0-9_!-]|\{\{)")
REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
DYNAMIC_REFERENCE = re.compile(r"""\{%-?\s*include\s+["']([^"']+/)["']\s*~""")
MACRO_IMPORT = re.compile(r"govuk_frontend_jinja/components/([a-z-]+)/macro\.html")
WIDGETS = {
    "GovCharacterCount": "character-count",
    "GovCheckboxInput": "checkboxes",
    "GovCheckboxesInput": "checkboxes",
    "GovDateInput": "date-input",
    "GovPasswordInput": "password-input",
    "GovRadioInput": "radios",
    "GovSelect": "select",
    "GovTextArea": "textarea",
    "GovTextInput": "input",
}
# Words that look like classes and are not: data-module names GOV.UK's script would read (Heard ships none of it).
NOT_CLASSES = frozenset(
    {
        "govuk-frontend-supported",  # set by the page template's inline script; GOV.UK's CSS keys a few rules to it
    }
)
# Python whose classes reach young people's pages (the rest reaches staff pages only): answer labels and faces,
# pictures, and the progress tags of "You said, we did" and the promises.
YOUNG_PYTHON = ("participation/templating.py", "participation/responses", "participation/boards/public.py")


def templates_extending(base: str) -> set[Path]:
    """Every template whose chain of extends reaches ``base``, and ``base``."""
    parents = {}
    for path in TEMPLATES.rglob("*.html"):
        match = re.search(r"""\{%-?\s*extends\s+["']([^"']+)["']""", path.read_text("utf-8"))
        if match:
            parents[path.relative_to(TEMPLATES).as_posix()] = match.group(1)
    family = {base}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in family and child not in family:
                family.add(child)
                changed = True
    return {TEMPLATES / name for name in family}


def with_what_they_use(start: set[Path]) -> set[Path]:
    """``start`` and every template they extend, include or import, followed to the end (our own templates)."""
    found = set(start)
    queue = list(start)
    while queue:
        text = queue.pop().read_text("utf-8")
        names = REFERENCE.findall(text)
        for folder in DYNAMIC_REFERENCE.findall(text):
            names += [path.relative_to(TEMPLATES).as_posix() for path in (TEMPLATES / folder).glob("*.html")]
        for name in names:
            path = TEMPLATES / name
            if path.is_file() and path not in found:
                found.add(path)
                queue.append(path)
    return found


def python_files(prefixes: tuple[str, ...] | None = None) -> list[Path]:
    files = sorted((ROOT / "participation").rglob("*.py"))
    if prefixes is None:
        return files
    return [path for path in files if path.relative_to(ROOT).as_posix().startswith(prefixes)]


def python_classes(paths: list[Path]) -> dict[str, str]:
    """Classes Python writes: inside class="..." in markup it builds, and strings that are a class name alone."""
    found = {}
    for path in paths:
        text = path.read_text("utf-8")
        where = path.relative_to(ROOT).as_posix()
        for attribute in re.findall(r'class="([^"]*)"', text):
            found.update(dict.fromkeys(CLASS.findall(attribute), where))
        for literal in re.findall(r"""["']((?:govuk|heard)-[a-z0-9_-]+--[a-z0-9_-]+)["']""", text):
            found[literal] = where
    return found


def family_classes(templates: set[Path], python: list[Path], scripts: list[Path]) -> dict[str, str]:
    """Class -> where it is written: the family's templates, the Python that reaches them, the scripts its pages load,
    and the root class of each GOV.UK component whose macro or form widget renders on them."""
    found: dict[str, str] = {}
    python_text = "\n".join(path.read_text("utf-8") for path in python)
    for path in sorted(templates):
        text = path.read_text("utf-8")
        where = path.relative_to(ROOT).as_posix()
        found.update(dict.fromkeys(CLASS.findall(text), where))
        for component in MACRO_IMPORT.findall(text):
            found.setdefault(f"govuk-{component}", f"{where} (its macro)")
    for widget, component in WIDGETS.items():
        if re.search(rf"\b{widget}\b", python_text):
            found.setdefault(f"govuk-{component}", f"a form's {widget}")
    found.update(python_classes(python))
    # The scripts' own: the classes they set (classList.add/toggle, className =), not those they only look for.
    for script in scripts:
        for line in script.read_text("utf-8").splitlines():
            if re.search(r"classList\.(?:add|toggle)\(|className\s*\+?=", line):
                found.update(dict.fromkeys(CLASS.findall(line), script.relative_to(ROOT).as_posix()))
    return {name: where for name, where in found.items() if name not in NOT_CLASSES}


@pytest.fixture(scope="module")
def built() -> None:
    if not (BUILD / "manifest.json").exists():
        pytest.fail("assets not built: run `make assets` (npm run build)")


def _missing(classes: dict[str, str], *stylesheets: str) -> list[str]:
    have, styled = frozenset().union(*(defined(name) for name in stylesheets)), styled_anywhere()
    missing = []
    for name, where in classes.items():
        if where.endswith("(its macro)") or where.startswith("a form's"):
            # A component: some rule of its own (GOV.UK styles govuk-checkboxes__item, not govuk-checkboxes).
            if not any(have_name.startswith(name) for have_name in have):
                missing.append(f"{name} (from {where})")
        elif name in styled and name not in have:
            missing.append(f"{name} (from {where})")
    return sorted(missing)


YOUNG = with_what_they_use(templates_extending("respond/base.html"))
STAFF = with_what_they_use(templates_extending("staff/base.html"))


def test_the_families_are_the_pages_they_should_be() -> None:
    names = {path.relative_to(TEMPLATES).as_posix() for path in YOUNG}
    assert {"respond/question.html", "respond/kinds/choices.html", "errors/error.html", "macros.html"} <= names
    assert {"respond/receipt.html", "respond/you_said_we_did.html", "respond/promises.html"} <= names
    assert "respond/help.html" in names
    assert not any(name.startswith(("staff/", "consultations/", "boards/")) for name in names)
    staff = {path.relative_to(TEMPLATES).as_posix() for path in STAFF}
    assert {"consultations/overview.html", "boards/pack.html", "boards/_pack_body.html", "pledges/index.html"} <= staff


def test_young_peoples_pages_find_every_class_they_use_in_young_css(built: None) -> None:
    classes = family_classes(YOUNG, python_files(YOUNG_PYTHON), SCRIPTS)
    assert {"govuk-radios", "heard-option", "heard-face", "govuk-tag--green", "heard-quick-exit"} <= set(classes)
    young = {name: where for name, where in classes.items() if name not in STAFF_CONTEXT_ONLY}
    assert _missing(young, *YOUNG_SHEETS) == []


# The young people's stylesheets (build.mjs): young.css on every page, young-pages.css on every page but a question
# page, easy.css in the easy version (and on the start page, where its switch is).
YOUNG_SHEETS = ("young.css", "young-pages.css", "easy.css")
# What a question page's templates name but it draws only with a banner (a worker's preview, the notice that the page
# was open too long to save), when it links young-pages.css as well, or never (the menu of languages: a question page
# links to the page of languages instead).
NOT_ON_QUESTION_PAGES = re.compile(r"^(heard-preview|govuk-notification-banner|heard-languages__(menu|list|item)$)")


def test_question_pages_find_every_class_they_draw_in_young_css(built: None) -> None:
    """Issue 16: the first question page at most 8 KB, so a question page links young.css alone."""
    question = with_what_they_use({TEMPLATES / "respond" / "question.html"})
    python = python_files(("participation/templating.py", "participation/responses", "participation/surveys/kinds.py"))
    classes = family_classes(question, python, SCRIPTS)
    drawn = {
        name: where
        for name, where in classes.items()
        if not NOT_ON_QUESTION_PAGES.match(name) and name not in STAFF_CONTEXT_ONLY
    }
    assert {"govuk-radios", "govuk-character-count", "govuk-error-summary", "heard-quick-exit"} <= set(drawn)
    assert {"heard-languages__summary", "heard-option", "heard-listen-answers"} <= set(drawn)
    assert _missing(drawn, "young.css", "easy.css") == []


def test_the_other_pages_parts_and_the_easy_version_are_not_in_young_css(built: None) -> None:
    young, pages, easy = (defined(name) for name in YOUNG_SHEETS)
    for name in ("govuk-summary-list", "govuk-panel", "govuk-button--start", "heard-receipt", "heard-languages__list"):
        assert name in pages and name not in young, name
    assert "govuk-notification-banner" in pages and "govuk-notification-banner" not in young
    # Every rule for the easy version's <body class="heard-easy"> is in easy.css, and only those.
    texts = {name: (BUILD / name).read_text("utf-8") for name in YOUNG_SHEETS}
    easy_rule = re.compile(r"\.heard-easy(?![\w-])")
    assert not easy_rule.search(texts["young.css"]) and not easy_rule.search(texts["young-pages.css"])
    selectors = [part for block in re.findall(r"([^{}]+)\{", texts["easy.css"]) for part in block.split(",")]
    assert selectors and all(easy_rule.search(part) or part.startswith("@") for part in selectors), selectors[:5]
    assert "heard-easy" in easy


def test_each_selector_is_in_one_young_stylesheet_only(built: None) -> None:
    """The three are cut from one compiled stylesheet: a selector with the same declarations in two would apply
    again later in the cascade than it was written."""
    seen: dict[str, str] = {}
    for name in YOUNG_SHEETS:
        css = (BUILD / name).read_text("utf-8")
        for media, body in _blocks(css):
            for selectors, declarations in re.findall(r"([^{}]+)\{([^{}]*)\}", body):
                for selector in selectors.split(","):
                    key = f"{media}|{selector}|{declarations}"
                    assert key not in seen or seen[key] == name, f"{key} in {seen.get(key)} and {name}"
                    seen[key] = name


def _blocks(css: str) -> list[tuple[str, str]]:
    """(@media prelude or "", the rules inside) for a minified stylesheet, one level of @media deep."""
    found, depth, start, media = [], 0, 0, ""
    outside: list[str] = []
    for match in re.finditer(r"@media[^{]*\{|\{|\}", css):
        token = match.group(0)
        if token.startswith("@media") and depth == 0:
            outside.append(css[start : match.start()])
            media, start, depth = token, match.end(), 1
        elif token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0 and media:
                found.append((media, css[start : match.start()]))
                media, start = "", match.end()
    outside.append(css[start:])
    found.append(("", "".join(outside)))
    return found


def test_staff_pages_find_every_class_they_use_in_staff_css(built: None) -> None:
    classes = family_classes(STAFF, python_files(), STAFF_SCRIPTS)
    # Colours a template writes as govuk-tag--{{ voice.colour }}.
    classes.update({f"govuk-tag--{colour}": "participation/audio/services.py" for _, colour in VOICE_LABELS.values()})
    assert {"govuk-table", "govuk-pagination", "heard-staff-nav", "pack-table", "govuk-summary-list"} <= set(classes)
    assert _missing(classes, "staff.css") == []


def test_young_css_leaves_out_what_only_staff_pages_use(built: None) -> None:
    young, staff = frozenset().union(*(defined(name) for name in YOUNG_SHEETS)), defined("staff.css")
    for name in ("govuk-table", "govuk-pagination", "heard-staff-nav", "pack-table", "govuk-details"):
        assert name in staff and name not in young
    assert sum(len((BUILD / name).read_bytes()) for name in YOUNG_SHEETS) < len((BUILD / "staff.css").read_bytes())


def test_the_manifest_names_each_file_by_its_content(built: None) -> None:
    import hashlib

    manifest = json.loads((BUILD / "manifest.json").read_text("utf-8"))
    assert {"build/young.css", "build/young-pages.css", "build/easy.css", "build/staff.css"} <= set(manifest)
    assert {"build/heard.js", "build/staff.js"} <= set(manifest)
    for plain, hashed in manifest.items():
        content = (BUILD.parent / hashed).read_bytes()
        assert content == (BUILD.parent / plain).read_bytes()
        assert hashlib.sha256(content).hexdigest()[:12] in hashed


# --- what young.css leaves out (issue 16: the first question page at most 8 KB) --------------------------------------

PRINT_BLOCK = re.compile(r"@media\s*print\s*\{((?:[^{}]|\{[^{}]*\})*)\}")


def _print_selectors(css: str) -> set[str]:
    rules = "".join(PRINT_BLOCK.findall(css))
    return {selector.strip() for block in re.findall(r"([^{}]+)\{", rules) for selector in block.split(",")}


def test_young_css_keeps_only_heards_own_print_rules(built: None) -> None:
    young = "".join((BUILD / name).read_text("utf-8") for name in YOUNG_SHEETS)
    own = re.sub(r"//[^\n]*", "", (SOURCES / "_print.scss").read_text("utf-8"))
    own_selectors = {re.sub(r"\s+", " ", selector.strip()) for selector in re.findall(r"([^{};/]+)\{", own)}
    own_selectors = {part.strip() for selector in own_selectors for part in selector.split(",")} - {"@media print"}
    found = _print_selectors(young)
    assert found, "young.css has lost Heard's own print rules (the quick exit and the site around a poster)"
    assert {".heard-quick-exit", ".heard-header", ".heard-ysdw .govuk-grid-column-two-thirds"} <= found
    # Nothing of GOV.UK's: no print type sizes, fonts, colours, or link addresses written after links.
    assert found <= own_selectors, sorted(found - own_selectors)
    assert not re.search(r"@media[^{]*\bprint\b[^{]*\{[^}]*\d+pt", young)
    # Staff pages print posters and invite cards in GOV.UK's print type: their stylesheet keeps it.
    staff = (BUILD / "staff.css").read_text("utf-8")
    assert re.search(r"@media print\{\.heard-poster__title\{font-size:53pt", staff)
    assert {".heard-quick-exit", ".heard-staff-nav"} <= _print_selectors(staff)


def test_no_custom_properties_of_govuk_only_their_colours(built: None) -> None:
    for name in ("young.css", "staff.css"):
        css = (BUILD / name).read_text("utf-8")
        # No colour properties, nor anything reading one; only the version GOV.UK always writes.
        assert re.findall(r"--govuk-[a-z-]+", css) == ["--govuk-frontend-version"], name
        assert "--heard-font" in css and "var(--heard-header-colour,#1d70b8)" in css.replace(" ", "")
    # The focus colour GOV.UK names in every focus style is there as a colour.
    assert ".govuk-link:focus{outline:3px solid transparent;background-color:#fd0" in (BUILD / "young.css").read_text()


# Parts of components young.css names that no young person's page draws (build.mjs's UNUSED; tests/pages.py checks
# every page a test reads against the stylesheet it links).
UNUSED_BY_YOUNG = (
    "govuk-radios__conditional",
    "govuk-checkboxes__conditional",
    "govuk-radios__divider",
    "govuk-checkboxes__divider",
    "govuk-fieldset__legend--xl",
    "govuk-label--xl",
    "govuk-input__suffix",
)


def test_young_css_leaves_out_variants_young_pages_never_draw(built: None) -> None:
    young, staff = frozenset().union(*(defined(name) for name in YOUNG_SHEETS)), defined("staff.css")
    assert not set(UNUSED_BY_YOUNG) & young
    # A staff form reveals follow-up fields under a radio: the staff stylesheet keeps them.
    assert {"govuk-radios__conditional", "govuk-checkboxes__conditional"} <= staff
    # ... and what young pages do draw stays: the check page's small checkboxes, the read-aloud player under an answer.
    assert {"govuk-checkboxes--small", "govuk-radios__hint", "govuk-fieldset__legend--l", "govuk-label--l"} <= young


def test_a_class_named_only_inside_not_is_not_defined_by_it() -> None:
    css = ".govuk-label:not(.govuk-label--m):not(.govuk-label--xl)+.govuk-hint{margin:0}.govuk-body:has(.heard-x){}"
    assert classes_in_css(css) == {"govuk-label", "govuk-hint", "govuk-body"}


def test_young_peoples_script_has_nothing_only_staff_pages_use(built: None) -> None:
    young = (BUILD / "heard.js").read_text("utf-8")
    staff = (BUILD / "staff.js").read_text("utf-8")
    # Staff only: showing a password, and a radio's follow-up fields.
    for behaviour in ('[data-module="govuk-password-input"]', "govuk-radios__conditional--hidden"):
        assert behaviour in staff and behaviour not in young
    # Both: quick exit (inert on staff pages, which have no such link), the error summary, the character count.
    for behaviour in ("[data-quick-exit]", ".govuk-error-summary", ".govuk-character-count[data-maxlength]"):
        assert behaviour in young and behaviour in staff
    assert len(young) < len(staff) - 1000


def test_young_css_has_no_look_for_disabled_controls(built: None) -> None:
    young = "".join((BUILD / name).read_text("utf-8") for name in YOUNG_SHEETS)
    staff = (BUILD / "staff.css").read_text("utf-8")
    assert "disabled" not in young
    assert ".govuk-button[disabled]" in staff


def _page(stylesheet: str, body: str) -> str:
    links = "".join(
        f'<link rel="stylesheet" href="/static/build/{name}.0123456789ab.css">' for name in stylesheet.split("+")
    )
    return f'<!DOCTYPE html><html lang="en"><head><title>A page</title>{links}</head><body>{body}</body></html>'


def test_every_page_a_test_reads_is_checked_against_the_stylesheet_it_links(built: None) -> None:
    body = '<div class="govuk-radios__conditional"></div><p class="govuk-body heard-answer"></p>'
    body += "<button disabled>Go</button>"
    assert problems(_page("young", body)) == [
        'class "govuk-radios__conditional" is not styled by the stylesheet the page links',
        "disabled <button> is not styled by the stylesheet the page links",
    ]
    # Staff pages reveal follow-up fields and may disable a button; a class no stylesheet styles is a hook, not a gap.
    assert problems(_page("staff", body)) == []
    assert problems(_page("young", '<p class="govuk-body heard-answer heard-help-lines">Words</p>')) == []
    # A question page links young.css alone: the check page's list of answers there is a gap; with young-pages.css
    # (every other young person's page) it is styled, and the easy version's body needs easy.css.
    summary = '<dl class="govuk-summary-list"><div class="govuk-summary-list__row"></div></dl>'
    assert problems(_page("young", summary)) == [
        'class "govuk-summary-list" is not styled by the stylesheet the page links',
        'class "govuk-summary-list__row" is not styled by the stylesheet the page links',
    ]
    assert problems(_page("young+young-pages", summary)) == []
    easy = '<div class="heard-easy"><p class="govuk-body">Words</p></div>'
    assert problems(_page("young+young-pages", easy)) == [
        'class "heard-easy" is not styled by the stylesheet the page links'
    ]
    assert problems(_page("young+young-pages+easy", easy)) == []
