"""Which classes Heard's built stylesheets define, and which any stylesheet could style.

Shared by tests/unit/test_stylesheets.py (each family of templates against its stylesheet, read from the sources) and
tests/pages.py (every page a test reads against the stylesheet it links, as rendered).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "participation" / "static" / "build"
SOURCES = ROOT / "participation" / "static" / "src"
GOVUK_CSS = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk" / "govuk-frontend.min.css"

# Classes styled only inside a staff page's element, so young people's pages need no rule for them.
STAFF_CONTEXT_ONLY = frozenset(
    {
        "heard-help-lines",  # .heard-card__help .heard-help-lines: the help lines on a printed invite card
    }
)
# A built stylesheet a page links: /static/build/young.<digest>.css -> young.css.
LINKED = re.compile(r"^/static/build/(young|young-pages|easy|staff)(?:\.[0-9a-f]{12})?\.css$")
# The stylesheets young people's pages link (build.mjs): young.css always, young-pages.css on every page but a
# question page, easy.css in the easy version.
YOUNG = frozenset({"young", "young-pages", "easy"})
# :not(...) and :has(...) name classes a rule does not style (.govuk-label:not(.govuk-label--xl) styles labels that are
# not extra large, and says nothing about extra-large ones).
NOT_STYLED_HERE = re.compile(r":(?:not|has)\((?:[^()]|\([^()]*\))*\)")


def classes_in_css(css: str) -> set[str]:
    """Every class some rule's selector styles (not those only named inside :not() or :has())."""
    selectors = NOT_STYLED_HERE.sub("", css)
    return {
        name.replace("\\", "") for name in re.findall(r"\.((?:govuk|heard|pack)-(?:\\.|[A-Za-z0-9_-])+)", selectors)
    }


@cache
def _defined(path: Path, modified: float) -> frozenset[str]:
    return frozenset(classes_in_css(path.read_text("utf-8")))


def defined(stylesheet: str) -> frozenset[str]:
    """The classes build/<stylesheet> styles (read again whenever the build changes)."""
    path = BUILD / stylesheet
    return _defined(path, path.stat().st_mtime)


def easy_only() -> frozenset[str]:
    """Classes only easy.css styles: each only inside the easy version's body (build.mjs)."""
    return defined("easy.css") - defined("young.css") - defined("young-pages.css")


@cache
def styled_anywhere() -> frozenset[str]:
    """Every class all of GOV.UK Frontend 6.3 styles (its own complete stylesheet) or Heard's Sass names."""
    found = classes_in_css(GOVUK_CSS.read_text("utf-8"))
    for path in SOURCES.glob("*.scss"):
        found |= classes_in_css(re.sub(r"//[^\n]*", "", path.read_text("utf-8")))
    return frozenset(found)


def built() -> bool:
    return (BUILD / "manifest.json").exists() and GOVUK_CSS.exists()
