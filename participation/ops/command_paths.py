"""Paths given to Heard's commands: checked before the command does any work, so a missing input file, a folder that
does not exist or an output that cannot be written ends in one line naming the option and exit status 2, as click's
own usage errors do, never in a traceback. A failure while writing (a full disk, a folder removed meanwhile) is
reported the same way by ``writing_path``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click


def folder_problem(folder: Path) -> str | None:
    """Why a file cannot be written in ``folder``, or None when it can."""
    if not folder.exists():
        return f"The folder {folder} does not exist. Create it first, or choose another."
    if not folder.is_dir():
        return f"{folder} is a file, not a folder."
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"Cannot write in the folder {folder}: permission denied."
    return None


def creatable_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be made (with any missing parents) and written in, or None when it can."""
    existing = folder.absolute()
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is a file, so no folder can be made inside it."
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"Cannot write in the folder {existing}: permission denied."
    return None


class InputFile(click.Path):
    """A file to read: it must exist and be readable, and not be a folder (``-`` for standard input, if allowed)."""

    def __init__(self, *, allow_dash: bool = False) -> None:
        super().__init__(exists=True, dir_okay=False, readable=True, allow_dash=allow_dash)


class OutputFile(click.Path):
    """A file to write (created or replaced): it is not a folder, and its folder exists and can be written in."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, writable=True, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        problem = folder_problem(Path(os.fsdecode(path)).absolute().parent)
        if problem:
            self.fail(problem, param, ctx)
        return path


class OutputFolder(click.Path):
    """A folder to write files in, made (with its parents) if missing: what is there of it can be written in."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        problem = creatable_problem(Path(os.fsdecode(path)))
        if problem:
            self.fail(problem, param, ctx)
        return path


@contextmanager
def writing_path(path: Path, option: str = "--output") -> Iterator[None]:
    """Report an error while writing ``path`` as a bad ``option``: one line and exit status 2."""
    try:
        yield
    except OSError as error:
        raise click.BadParameter(f"Cannot write {path}: {error.strerror or error}.", param_hint=f"'{option}'") from None


@contextmanager
def reading_path(path: str | Path, argument: str) -> Iterator[None]:
    """Report an error while reading ``path`` (the ``argument`` given) as a bad argument: one line, exit status 2."""
    try:
        yield
    except OSError as error:
        message = f"Cannot read {path}: {error.strerror or error}."
        raise click.BadParameter(message, param_hint=f"'{argument}'") from None
