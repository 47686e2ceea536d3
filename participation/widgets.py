"""GOV.UK widgets with what the stock ones lack: translated labels, error links that land, tamper-proofing."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from wtforms import DateField, Field, IntegerField, SelectField

# WTForms 3.3 declares options with SelectChoice, but types-WTForms still describes WTForms 3.2, which has none; forms
# import it from here so that one line, not eleven, tells the checker so (it is Any to the checker until the stubs
# catch up).
from wtforms.fields.choices import SelectChoice as SelectChoice  # type: ignore[attr-defined]  # not in the 3.2 stubs


class DateInput(GovDateInput):
    """Day, month and year boxes with translated labels. The day box carries the field's id, so the error
    summary's link moves focus to it (and the group of boxes is ``<id>-date``); a post with the wrong number of parts
    is treated as what it is: invalid."""

    def map_gov_params(self, field: Field, **kwargs: Any) -> dict[str, Any]:
        raw = list(field.raw_data or [])
        if field.raw_data is not None and len(raw) != 3:
            field.raw_data = (raw + ["", "", ""])[:3]
        params: dict[str, Any] = super().map_gov_params(field, **kwargs)
        labels = (_("Day"), _("Month"), _("Year"))
        for item, label in zip(params["items"], labels, strict=True):
            item["label"] = label
        # The day box takes the field's id, so the group of boxes takes another (one id, one element).
        params["id"] = f"{field.id}-date"
        params["items"][0]["id"] = field.id
        return params


def offered(field: SelectField) -> set[object]:
    """The values a select field offers: each SelectChoice's value, or the first item of a (value, label) tuple."""
    return {choice.value if isinstance(choice, SelectChoice) else choice[0] for choice in field.choices or ()}


class WholeNumberField(IntegerField):
    """A number typed in digits. Anything else ("ten", "3.5") gets the field's own sentence (``not_a_number``), in the
    design system's style and translated, instead of WTForms' "Not a valid integer value."."""

    def __init__(self, *args: Any, not_a_number: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.not_a_number = not_a_number

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as error:
            raise ValueError(str(self.not_a_number)) from error


class DayMonthYearField(DateField):
    """A date typed in day, month and year boxes (``DateInput``). One that does not exist ("31 2 2027", "ten") gets
    the field's own sentence (``not_a_date``), in the design system's style and translated, instead of WTForms' "Not a
    valid date value."; three empty boxes are no date at all, for ``Optional()`` to allow."""

    def __init__(self, *args: Any, not_a_date: str, **kwargs: Any) -> None:
        kwargs.setdefault("widget", DateInput())
        kwargs.setdefault("format", "%d %m %Y")
        super().__init__(*args, **kwargs)
        self.not_a_date = not_a_date

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as error:
            raise ValueError(str(self.not_a_date)) from error
