"""Which read-aloud clips exist is read from one listing of the audio folder per process (a question page would
otherwise look for each clip on the disk), listed again whenever the folder changes: a clip made or deleted by this
process, another worker or `flask audio make` is seen on the next page, and a folder changed in the last moments is
asked file by file, as the listing could miss a clip added in the same tick of the file system's clock."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from flask import Flask

from participation.audio import services

A, B = "a" * 32, "b" * 32


def _age(folder: Path, seconds: float) -> int:
    """Set the folder's modification time ``seconds`` ago (as if its last change was then); returns it."""
    moment = time.time_ns() - int(seconds * 1e9)
    os.utime(folder, ns=(moment, moment))
    return moment


def _no_file_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    asked: list[Path] = []
    original = Path.is_file

    def is_file(self: Path) -> bool:
        asked.append(self)
        return original(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    return asked


def test_clips_found_from_the_listing_and_seen_when_the_folder_changes(app: Flask, tmp_path, monkeypatch):
    folder = tmp_path / "audio"
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(folder))
    with app.app_context():
        services.write_clip(A, b"ID3 clip a")
        _age(folder, 60)
        asked = _no_file_checks(monkeypatch)
        assert services.has_clip(A) and not services.has_clip(B)
        assert asked == []  # answered from the listing, not file by file

        # Another process adds a clip: the folder's time moves, so it is listed again.
        (folder / f"{B}.mp3").write_bytes(b"ID3 clip b")
        _age(folder, 30)
        assert services.has_clip(B)

        # A clip deleted (a recording taken away) is gone at once.
        (folder / f"{A}.mp3").unlink()
        _age(folder, 20)
        assert not services.has_clip(A) and services.has_clip(B)
        assert asked == []


def test_a_folder_changed_just_now_is_asked_file_by_file(app: Flask, tmp_path, monkeypatch):
    folder = tmp_path / "audio"
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(folder))
    with app.app_context():
        services.write_clip(A, b"ID3 clip a")
        asked = _no_file_checks(monkeypatch)
        assert services.has_clip(A)  # the folder changed a moment ago: not listed yet
        assert asked == [folder / f"{A}.mp3"]
        # A clip written in the same tick of the clock as a listing would not move the folder's time: a listing
        # taken now must not be trusted, or B would stay missing until the next change.
        changed = _age(folder, 0.5)
        assert services.has_clip(A) and not services.has_clip(B)
        (folder / f"{B}.mp3").write_bytes(b"ID3 clip b")
        os.utime(folder, ns=(changed, changed))
        assert services.has_clip(B)


def test_no_folder_means_no_clips(app: Flask, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(tmp_path / "never-made"))
    with app.app_context():
        asked = _no_file_checks(monkeypatch)
        assert not services.has_clip(A) and not services.has_clip(B)
        assert asked == []  # a folder that is not there holds nothing: no clip is looked for on its own

        # The first clip makes the folder: it is found (asked file by file while the folder is new).
        services.write_clip(A, b"ID3 clip a")
        assert services.has_clip(A) and not services.has_clip(B)


def test_a_clip_deleted_by_another_machine_is_not_found_even_while_the_listing_still_names_it(
    app: Flask, client, tmp_path, monkeypatch
):
    """Machines sharing the audio folder (NFS) see its changes through their file system's attribute cache: for a
    few seconds this machine may still believe the folder unchanged after another deleted a recording. The clip is
    then not found (404), never an error page."""
    folder = tmp_path / "audio"
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(folder))
    with app.app_context():
        services.write_clip(A, b"ID3 clip a")
        listed = _age(folder, 60)
        assert services.has_clip(A)
    served = client.get(f"/audio/{A}.mp3")
    assert served.status_code == 200 and served.get_data() == b"ID3 clip a"
    served.close()
    (folder / f"{A}.mp3").unlink()  # on the other machine
    os.utime(folder, ns=(listed, listed))  # this machine's cached view of the folder: unchanged
    with app.app_context():
        assert services.has_clip(A)  # the stale listing
    assert client.get(f"/audio/{A}.mp3").status_code == 404
