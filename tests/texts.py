"""Walking the question bank's and the demo's text maps ({language: {"*": text, band: text}}) in tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def text_maps(data: Any) -> Iterator[dict[str, dict[str, str]]]:
    """Every text map inside bank or demo data (nested dicts and lists)."""
    if isinstance(data, dict):
        if isinstance(data.get("en"), dict) and "*" in data["en"]:
            yield data
            return
        for value in data.values():
            yield from text_maps(value)
    elif isinstance(data, list):
        for value in data:
            yield from text_maps(value)
