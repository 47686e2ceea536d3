"""Where Heard's own files are: the checkout the package sits in (templates, migrations, translations, instance)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
