"""What the staff editors call each band's own wording of a question (kept out of models.py, whose band names young
people's pages use, so these staff words stay out of the young people's catalogue)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from participation.surveys.models import AgeBand

# What a band's own wording of a question is called, in the question editor and the translation editor.
BAND_WORDINGS = {
    AgeBand.EARLY_YEARS.value: _l("Wording for 4 to 7 year olds"),
    AgeBand.CHILDREN.value: _l("Wording for 8 to 11 year olds"),
    AgeBand.TEENAGERS.value: _l("Wording for 12 to 17 year olds"),
    AgeBand.CARE_LEAVERS.value: _l("Wording for care leavers"),
    AgeBand.PARENTS_CARERS.value: _l("Wording for parents and carers"),
}
