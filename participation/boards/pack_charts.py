"""The board pack's two charts, laid out to read at any width from a 320 px phone to a printed A4 page.

Each bar sits under its label and runs across the chart's width, so nothing is squeezed beside a label column, and
the chart is drawn in CSS pixels (no viewBox): text is always the size set here, never scaled down with the width.
Across, every position is a share of the chart's width (a percentage, which browsers and WeasyPrint both resolve);
down, it is in pixels. Positions are logical, from the start of the line: the template mirrors them for
right-to-left languages. Labels are wrapped here, short enough for the narrowest chart (about 290 px of a 320 px
screen), since SVG text does not wrap.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from flask_babel import gettext as _

LABEL_SIZE = 14  # px: a label or a value
NOTE_SIZE = 13  # px: what counts as positive, and the last wave's value
LINE = 18  # px from one line of a label to the next
WRAP = 30  # characters on a line: about 250 px of 14 px text, which fits the 290 px a 320 px phone leaves
NOTE_WRAP = 34  # the same for 13 px text
MAX_LINES = 3
SPAN = 75.0  # the longest bar, as a share of the width: the rest holds the value written after it


@dataclass(frozen=True)
class Text:
    x: float  # % of the width, from the start
    y: float  # px: the baseline
    text: str
    size: int = LABEL_SIZE
    bold: bool = False
    after: bool = False  # written just after the end of a bar (``x`` is the bar's end)
    muted: bool = False
    english: bool = False  # a question's title or a theme's name: English, read left to right on any page


@dataclass(frozen=True)
class Bar:
    x: float  # % of the width, from the start
    y: float  # px: the top
    width: float  # % of the width
    height: float  # px
    outline: bool = False


@dataclass(frozen=True)
class Mark:
    """A line across the bars: the average of other councils (dashed), or the axis the bars start from."""

    x: float  # % of the width, from the start
    y1: float
    y2: float
    dashed: bool = False


@dataclass
class Chart:
    height: float = 0
    texts: list[Text] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


def lines(text: str, width: int) -> list[str]:
    """A label in lines of at most ``width`` characters, at most three of them (the last cut with "…"); the table
    beside the chart holds every label in full."""
    wrapped = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(wrapped) > MAX_LINES:
        wrapped = wrapped[:MAX_LINES]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return wrapped


def _label(
    chart: Chart, text: str, y: float, size: int = LABEL_SIZE, muted: bool = False, english: bool = False
) -> float:
    """Writes a wrapped label from ``y`` down; returns where the next thing starts."""
    wrapped = lines(text, WRAP if size == LABEL_SIZE else NOTE_WRAP)
    for number, line in enumerate(wrapped):
        chart.texts.append(Text(0, y + size + number * LINE, line, size, muted=muted, english=english))
    return y + len(wrapped) * LINE


def themes(rows: Sequence[tuple[str, float | None, str]]) -> Chart:
    """One bar per theme (name, share of respondents, what to write after it), on a scale from 0 to the largest
    share rounded up to ten, so small shares still differ. Each bar has its share written after it."""
    shares = [share for _name, share, _label in rows if share is not None]
    scale = max(10, -(-max(shares, default=0) // 10) * 10)
    chart = Chart()
    y = 0.0
    for name, share, label in rows:
        y = _label(chart, name, y, english=True) + 4
        if share is not None:
            width = max(SPAN * share / scale, 0.3)
            chart.bars.append(Bar(0, y, width, 16))
            chart.texts.append(Text(width, y + 13, label, bold=True, after=True))
        else:
            chart.texts.append(Text(0, y + 13, label, bold=True))
        y += 16 + 14
    chart.marks.append(Mark(0, 0, max(y - 10, 0)))
    chart.height = y
    return chart


def indicators(rows: Sequence[tuple[str, str, float | None, float | None, float | None]]) -> Chart:
    """Two bars per indicator (title, what counts as positive, this wave's share, the last wave's, other councils'
    average), on a scale of 0 to 100%: this wave solid, the last wave outlined, other councils a dashed line. Each
    share is written after its bar, or after the dashed line where that reaches further, so nothing crosses it."""
    chart = Chart()
    y = 0.0
    for name, positive, now, before, others in rows:
        y = _label(chart, name, y, english=True)
        if positive:
            y = _label(chart, _("Positive: %(answers)s", answers=positive), y, NOTE_SIZE, muted=True)
        top = y + 4
        line = SPAN * others / 100 if others is not None else 0
        if now is not None:
            width = max(SPAN * now / 100, 0.3)
            chart.bars.append(Bar(0, top, width, 16))
            chart.texts.append(Text(max(width, line), top + 13, f"{now:g}%", bold=True, after=True))
        else:
            chart.texts.append(Text(line, top + 13, _("c (too few)"), bold=True, after=bool(line)))
        bottom = top + 16
        if before is not None:
            width = max(SPAN * before / 100, 0.3)
            chart.bars.append(Bar(0, bottom + 4, width, 12, outline=True))
            chart.texts.append(Text(max(width, line), bottom + 15, f"{before:g}%", NOTE_SIZE, after=True))
            bottom += 16
        if others is not None:
            chart.marks.append(Mark(line, top - 3, bottom + 3, dashed=True))
        y = bottom + 18
    chart.marks.append(Mark(0, 0, max(y - 14, 0)))
    chart.height = y
    return chart
