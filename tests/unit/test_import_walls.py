"""The walls between Heard's modules stay up: no import circles, the import contracts kept, and an import inside a
function only where a heavy third-party library is worth loading late (each one says why)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "participation"

MOST_DEFERRED = 14
# The `lint-imports` command, run by the interpreter running the tests (whatever its folder).
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def _circles(graph: grimp.ImportGraph) -> list[frozenset[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(frozenset(group))
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "a.one", "a.two", "a.three"):
        graph.add_module(module)
    graph.add_import(importer="a.one", imported="a.two")
    graph.add_import(importer="a.two", imported="a.one")
    graph.add_import(importer="a.three", imported="a.one")
    assert _circles(graph) == [frozenset({"a.one", "a.two"})]


def test_no_import_circles() -> None:
    """Every import counts, at the top or inside a function: a circle hidden in a function is still a circle."""
    circles = _circles(grimp.build_graph("participation", cache_dir=None))
    assert circles == [], "break these by moving ownership, not by deferring an import"


def _deferred_imports() -> list[tuple[str, int, str | None]]:
    """Each import inside a function or class: file, line and the comment above it (its group's), if any."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.Import | ast.ImportFrom) or node.col_offset == 0:
                continue
            above = node.lineno - 2
            while above >= 0 and lines[above].strip().startswith(("import ", "from ")):
                above -= 1
            comment = lines[above].strip() if above >= 0 and lines[above].strip().startswith("#") else None
            found.append((relative, node.lineno, comment))
    return found


def test_imports_sit_at_the_top_of_modules() -> None:
    deferred = _deferred_imports()
    assert len(deferred) <= MOST_DEFERRED, deferred
    unexplained = [f"{path}:{line}" for path, line, comment in deferred if comment is None]
    assert unexplained == [], "say in a comment above the import why it cannot sit at the top of the module"


def test_import_contracts_are_kept() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): what `make lint` runs, here so a test run catches it.

    In a process of its own, as `make lint` runs it: Import Linter's command configures logging for the whole process
    (``logging.config.dictConfig``, which disables every logger already made), and run in the test process it silenced
    Heard's own loggers for every test after it: the integration tests that check what is logged (test_faults,
    test_private_at_rest) failed whenever tests/unit ran before them."""
    linted = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
