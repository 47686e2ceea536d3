"""TRUST.md, Input: no ``|safe`` on user or translator text. Templates may mark only the pack's own stylesheet safe,
and Python builds markup only from literal templates whose arguments ``Markup.format`` escapes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAFE = re.compile(r"\|\s*safe\b")


def test_templates_mark_nothing_safe_but_our_own_stylesheet():
    found = []
    for path in (ROOT / "templates").rglob("*.html"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "autoescape false" in line:
                found.append(f"{path.name}:{number}: autoescape off")
            if SAFE.search(line) and not re.search(r"\{\{\s*css\s*\|\s*safe\s*\}\}", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, found


def test_the_stylesheet_marked_safe_is_read_from_our_own_static_file():
    for module in ("participation/boards/outputs.py", "participation/privacy/dpia.py"):
        source = (ROOT / module).read_text(encoding="utf-8")
        assert "css=" in source and "CSS_FILE" in source, module


# Markup built from something other than a literal, each checked by hand: nothing typed by a person reaches these
# unescaped (segno escapes the QR code's title; the face symbols are constant shapes chosen from a fixed table; the
# poster's body is our own template's output, rendered in the poster's language with autoescaping on; the fast radios
# and checkboxes escape every value they print but the parts given as HTML, which the design system's macros mark safe
# too; a kept part of a page (kept_fragment, kept_part) is the caller's own output from an autoescaping template,
# kept as drawn).
REVIEWED = {
    "participation/templating.py": 4,
    "participation/widgets.py": 1,
    "participation/accounts/routes.py": 1,
    "participation/distribution/routes.py": 2,
}


def test_segno_escapes_the_title_it_is_given():
    import segno

    svg = segno.make("x").svg_inline(title="<script>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_markup_is_only_ever_built_from_a_literal():
    offenders: dict[str, int] = {}
    for path in (ROOT / "participation").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Markup":
                if not (len(node.args) == 1 and isinstance(node.args[0], ast.Constant)):
                    name = str(path.relative_to(ROOT))
                    offenders[name] = offenders.get(name, 0) + 1
    assert offenders == REVIEWED, "new Markup() from a non-literal: escape its parts or review it and list it"
