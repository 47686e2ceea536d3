"""Every command that takes a path, walked with a missing file, a missing folder, a file where a folder should be and
an output that cannot be written: each ends in one line naming the argument and exit status 2, never a traceback.

The commands are found in the app's command tree, so a command added later with a path is walked the day it is added
(it must say here what else it needs to get as far as its path)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import click
import pytest

from tests import factories

# What each command that takes a path needs besides it, to get as far as using it.
NEEDS = {
    ("analysis", "classify"): [],
    ("analysis", "evaluate"): [],
    ("backup",): [],
    ("backup", "restore-check"): [],
    ("boards", "export"): ["--consultation", "paths"],
    ("boards", "pack"): ["--consultation", "paths"],
}


def _commands(app) -> dict[tuple[str, ...], list[click.Parameter]]:
    """Every command and group of the app's command line, by its words, with its path parameters (if any)."""
    context = click.Context(app.cli)
    found: dict[tuple[str, ...], list[click.Parameter]] = {}

    def walk(command: click.Command, words: tuple[str, ...]) -> None:
        paths = [param for param in command.params if isinstance(param.type, click.Path)]
        if paths:
            found[words] = paths
        if isinstance(command, click.Group):
            for name in command.list_commands(context):
                sub = command.get_command(context, name)
                if sub is not None:
                    walk(sub, (*words, name))

    walk(app.cli, ())
    return found


def _argv(words: tuple[str, ...], param: click.Parameter, value: str) -> list[str]:
    given = [param.opts[0], value] if isinstance(param, click.Option) else [value]
    return [*words, *NEEDS[words], *given]


def _one_line_error(result, param: click.Parameter, argv: list[str]) -> None:
    assert result.exit_code == 2, (argv, result.output)
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit), (argv, result.output)
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, (argv, result.output)
    name = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
    assert f"'{name}'" in errors[0], (argv, errors)


@pytest.fixture()
def consultation(app):
    with app.app_context():
        return factories.consultation(code="paths")


def test_every_command_that_takes_a_path_is_walked(app):
    assert set(_commands(app)) == set(NEEDS)


def test_missing_or_wrong_inputs_end_in_one_line(app, consultation, tmp_path):
    runner = app.test_cli_runner()
    cases = {
        "a file that is not there": tmp_path / "missing.csv",
        "a file in a folder that is not there": tmp_path / "no-folder" / "comments.csv",
        "a folder": tmp_path,
    }
    walked = 0
    for words, params in _commands(app).items():
        for param in params:
            if not param.type.exists:  # type: ignore[attr-defined]  # click.Path's
                continue
            for path in cases.values():
                argv = _argv(words, param, str(path))
                _one_line_error(runner.invoke(args=argv), param, argv)
                walked += 1
    assert walked >= 9, "classify, evaluate and restore-check each read a file"


def test_outputs_that_cannot_be_written_end_in_one_line(app, consultation, tmp_path):
    runner = app.test_cli_runner()
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    walked = 0
    for words, params in _commands(app).items():
        for param in params:
            if param.type.exists:  # type: ignore[attr-defined]
                continue
            # Under a file, nothing can be written or made: for a file or a folder alike.
            argv = _argv(words, param, str(a_file / "inside" / "out"))
            _one_line_error(runner.invoke(args=argv), param, argv)
            walked += 1
            if param.type.file_okay and not param.type.dir_okay:  # type: ignore[attr-defined]
                # A file whose folder is not there (nothing makes it), and a folder given for the file.
                for value in (tmp_path / "no-folder" / "pack.html", tmp_path):
                    argv = _argv(words, param, str(value))
                    _one_line_error(runner.invoke(args=argv), param, argv)
                    walked += 1
                assert not (tmp_path / "no-folder").exists()
            if param.type.dir_okay and not param.type.file_okay:  # type: ignore[attr-defined]
                argv = _argv(words, param, str(a_file))  # a file given for the folder
                _one_line_error(runner.invoke(args=argv), param, argv)
                walked += 1
    assert walked >= 6


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder whatever its mode")
def test_outputs_in_a_read_only_folder_end_in_one_line(app, consultation, tmp_path):
    runner = app.test_cli_runner()
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        for words, params in _commands(app).items():
            for param in params:
                if not param.type.exists:  # type: ignore[attr-defined]
                    argv = _argv(words, param, str(locked / "out"))
                    _one_line_error(runner.invoke(args=argv), param, argv)
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_a_failure_while_writing_ends_in_one_line(app, consultation, tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)
    monkeypatch.setattr(Path, "write_text", full)
    runner = app.test_cli_runner()
    for argv in (
        ["boards", "pack", "--consultation", "paths", "--output", str(tmp_path / "pack.html")],
        ["boards", "export", "--consultation", "paths", "--output", str(tmp_path / "tables")],
    ):
        result = runner.invoke(args=argv)
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), (argv, result.output)
        assert "No space left on device" in result.output and "Traceback" not in result.output


def test_the_commands_still_write_where_they_can(app, consultation, tmp_path):
    runner = app.test_cli_runner()
    made = runner.invoke(args=["boards", "pack", "--consultation", "paths", "--output", str(tmp_path / "pack.html")])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "pack.html").read_text(encoding="utf-8").lstrip().startswith("<!")
    exported = runner.invoke(
        args=["boards", "export", "--consultation", "paths", "--output", str(tmp_path / "new" / "tables")]
    )
    assert exported.exit_code == 0, exported.output
    assert list((tmp_path / "new" / "tables").glob("*.csv"))


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_audio_make_says_at_once_when_its_folder_cannot_be_written(app, tmp_path, monkeypatch):
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(a_file / "audio"))
    result = app.test_cli_runner().invoke(args=["audio", "make"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "The audio folder (HEARD_AUDIO_DIR) cannot be used" in result.output
    assert ": made " not in result.output  # nothing tried, clip by clip
