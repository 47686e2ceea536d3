"""Read-aloud figures for the demo: how long espeak-ng takes to voice "Your voice 2026" in every language (what
`flask audio make` does after `make demo`, and the background thread after a publish), how big the clips are, how
long a second run takes (it makes nothing), how long the consultation page's "N of M texts ready" takes to count,
and what the players add to the first question page.

    .venv/bin/python bench/read_aloud.py

Needs espeak-ng (Debian package espeak-ng). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402


def first_question_html(app, band: str = "12-17", lang: str | None = None) -> bytes:  # type: ignore[no-untyped-def]
    response = common.start_in_test_client(app.test_client(), band, lang)
    return bytes(response.get_data())


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed: nothing to measure (as root: apt-get install espeak-ng)")
        return
    database = common.new_database()
    folder = Path(tempfile.mkdtemp(prefix="heard-bench-audio-"))
    try:
        common.prepare_database(database)
        app = common.make_app(database, HEARD_AUDIO_DIR=str(folder), HEARD_READ_ALOUD="off")
        from participation.audio import making, services, speech
        from participation.audio.texts import spoken_texts
        from participation.extensions import db
        from participation.i18n import enabled_languages
        from participation.languages import espeak_voice

        before = {lang: first_question_html(app, lang=lang) for lang in (None, "ar")}
        with app.app_context():
            demo = next(c for c in making.to_read() if c.code == common.CODE)
            languages = [language.code for language in enabled_languages()]
            print("Heard read-aloud: espeak-ng's voice for the demo consultation ('Your voice 2026', /s/demo)")
            print(f"database: {database.describe()}; {common.python_version()}")
            common.heading("Making the clips (every question, hint and answer, every band, every language)")
            for language in languages:
                made = making.make(demo, [language])
                per_clip = made.seconds / made.made * 1000 if made.made else 0.0
                print(
                    f"  {language}: {made.made:>4} clips made in {made.seconds:5.1f} s "
                    f"({per_clip:4.0f} ms a clip), {made.already:>3} already there (shared with an earlier language)"
                )
            started = time.perf_counter()
            again = making.make(demo)
            print(f"  second run, nothing to make: {time.perf_counter() - started:.2f} s ({again.already} clips found)")
            everything = making.to_read()
            started = time.perf_counter()
            total = sum(making.make(consultation).made for consultation in everything)
            print(
                f"  `flask audio make` for all {len(everything)} open consultations on top: {total} more clips in "
                f"{time.perf_counter() - started:.1f} s"
            )

            common.heading("The clips")
            texts = spoken_texts(demo, languages)
            sizes, durations = [], []
            for spoken in texts:
                voice = espeak_voice(spoken.language)
                if voice is None:
                    continue
                path = services.clip_path(speech.synthetic_name(voice, spoken.text))
                sizes.append(path.stat().st_size)
                durations.append(path.stat().st_size * 8 / 32_000)
            print(f"  texts read aloud: {len(texts)} ({len(set(s.text for s in texts))} distinct words)")
            print(
                f"  bytes a clip: median {statistics.median(sizes):,.0f}, mean {statistics.mean(sizes):,.0f}, "
                f"largest {max(sizes):,}; all together {sum(sizes):,} bytes"
            )
            print(f"  seconds of speech a clip (at 32 kbit/s): median {statistics.median(durations):.1f}")
            timings = []
            for _round in range(5):
                db.session.expire_all()
                started = time.perf_counter()
                ready = services.readiness(demo)
                timings.append(time.perf_counter() - started)
            print(
                f"  'N of M texts ready' on the consultation page: {ready.ready} of {ready.total}, counted in "
                f"{statistics.median(timings) * 1000:.0f} ms (median of 5)"
            )
            db.session.remove()

        common.heading("What the players add to the first question page (HTML only; a clip loads only when pressed)")
        for lang, html in before.items():
            after = first_question_html(app, lang=lang)
            players = after.count(b"<audio")
            print(
                f"  12-17 {lang or 'en'}: {players} players; HTML {len(html):,} -> {len(after):,} bytes, gzip "
                f"{len(gzip.compress(html, 6, mtime=0)):,} -> {len(gzip.compress(after, 6, mtime=0)):,} bytes"
            )
        with app.app_context():
            db.engine.dispose()
    finally:
        common.drop_database(database)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
