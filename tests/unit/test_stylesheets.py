"""Each family of pages links a stylesheet holding every class its templates, Heard's Python and script can write
that GOV.UK Frontend or Heard's Sass styles.

Young people's pages (templates extending respond/base.html) link build/young.css; staff pages (templates extending
staff/base.html) link build/staff.css. build.mjs compiles each from only the GOV.UK Frontend components it names and
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

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
BUILD = ROOT / "participation" / "static" / "build"
SOURCES = ROOT / "participation" / "static" / "src"
SCRIPT = SOURCES / "heard.js"
GOVUK_CSS = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk" / "govuk-frontend.min.css"

CLASS = re.compile(r"(?<![A-Za-z0-9_-])((?:govuk|heard|pack)-[A-Za-z0-9_!-]*[A-Za-z0-9_])(?![A-Za-z0-9_!-]|\{\{)")
REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
DYNAMIC_REFERENCE = re.compile(r"""\{%-?\s*include\s+["']([^"']+/)["']\s*~""")
MACRO_IMPORT = re.compile(r"govuk_frontend_jinja/components/([a-z-]+)/macro\.html")
WIDGETS = {
    "GovCharacterCount": "character-count",
    "GovCheckboxInput": "checkboxes",
    "GovCheckboxesInput": "checkboxes",
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
# Classes styled only inside a staff page's element, so young people's pages need no rule for them.
STAFF_CONTEXT_ONLY = frozenset(
    {
        "heard-help-lines",  # .heard-card__help .heard-help-lines: the help lines on a printed invite card
    }
)
# Python whose classes reach young people's pages (the rest reaches staff pages only): answer labels and faces,
# pictures, and the progress tags of "You said, we did" and the promises.
YOUNG_PYTHON = ("participation/templating.py", "participation/responses", "participation/boards/public.py")


def classes_in_css(css: str) -> set[str]:
    return {name.replace("\\", "") for name in re.findall(r"\.((?:govuk|heard|pack)-(?:\\.|[A-Za-z0-9_-])+)", css)}


def defined(stylesheet: str) -> set[str]:
    return classes_in_css((BUILD / stylesheet).read_text("utf-8"))


def styled_anywhere() -> set[str]:
    """Every class all of GOV.UK Frontend 6.3 styles (its own complete stylesheet) or Heard's Sass names."""
    found = classes_in_css(GOVUK_CSS.read_text("utf-8"))
    for path in SOURCES.glob("*.scss"):
        found |= classes_in_css(re.sub(r"//[^\n]*", "", path.read_text("utf-8")))
    return found


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


def family_classes(templates: set[Path], python: list[Path]) -> dict[str, str]:
    """Class -> where it is written: the family's templates, the Python that reaches them, heard.js, and the root
    class of each GOV.UK component whose macro or form widget renders on them."""
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
    # The script's own: the classes it sets (classList.add/toggle, className =), not those it only looks for.
    for line in SCRIPT.read_text("utf-8").splitlines():
        if re.search(r"classList\.(?:add|toggle)\(|className\s*\+?=", line):
            found.update(dict.fromkeys(CLASS.findall(line), "participation/static/src/heard.js"))
    return {name: where for name, where in found.items() if name not in NOT_CLASSES}


@pytest.fixture(scope="module")
def built() -> None:
    if not (BUILD / "manifest.json").exists():
        pytest.fail("assets not built: run `make assets` (npm run build)")


def _missing(classes: dict[str, str], stylesheet: str) -> list[str]:
    have, styled = defined(stylesheet), styled_anywhere()
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
    classes = family_classes(YOUNG, python_files(YOUNG_PYTHON))
    assert {"govuk-radios", "heard-option", "heard-face", "govuk-tag--green", "heard-quick-exit"} <= set(classes)
    young = {name: where for name, where in classes.items() if name not in STAFF_CONTEXT_ONLY}
    assert _missing(young, "young.css") == []


def test_staff_pages_find_every_class_they_use_in_staff_css(built: None) -> None:
    classes = family_classes(STAFF, python_files())
    # Colours a template writes as govuk-tag--{{ voice.colour }}.
    classes.update({f"govuk-tag--{colour}": "participation/audio/services.py" for _, colour in VOICE_LABELS.values()})
    assert {"govuk-table", "govuk-pagination", "heard-staff-nav", "pack-table", "govuk-summary-list"} <= set(classes)
    assert _missing(classes, "staff.css") == []


def test_young_css_leaves_out_what_only_staff_pages_use(built: None) -> None:
    young, staff = defined("young.css"), defined("staff.css")
    for name in ("govuk-table", "govuk-pagination", "heard-staff-nav", "pack-table", "govuk-details"):
        assert name in staff and name not in young
    assert len((BUILD / "young.css").read_bytes()) < len((BUILD / "staff.css").read_bytes())


def test_the_manifest_names_each_file_by_its_content(built: None) -> None:
    import hashlib

    manifest = json.loads((BUILD / "manifest.json").read_text("utf-8"))
    assert {"build/young.css", "build/staff.css", "build/heard.js"} <= set(manifest)
    for plain, hashed in manifest.items():
        content = (BUILD.parent / hashed).read_bytes()
        assert content == (BUILD.parent / plain).read_bytes()
        assert hashlib.sha256(content).hexdigest()[:12] in hashed
