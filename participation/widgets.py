"""GOV.UK widgets with what the stock ones lack: translated labels, error links that land, tamper-proofing."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovDateInput, GovRadioInput
from jinja2.filters import do_indent
from markupsafe import Markup, escape
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


# --- radios and checkboxes without the design system's macros -------------------------------------------------------
#
# A question page spends a fifth of its time in govuk-frontend-jinja's radios and checkboxes macros (each call imports
# five other macros and passes every label and hint through trim and indent filters). ``Radios`` and ``Checkboxes``
# write the same HTML, character for character, for the parameters Heard's question pages pass (a fieldset whose
# legend is the page heading, a hint, an error, items with HTML labels and hints, a block before the inputs), and
# hand anything else to the macro. tests/integration/test_choice_widgets.py compares the two for every question kind,
# band and language direction, with answers checked and errors shown.

_PARAMS = frozenset({"name", "items", "hint", "fieldset", "classes", "formGroup", "errorMessage", "idPrefix"})
_ITEM = frozenset({"text", "html", "value", "checked", "hint"})
_TEXT = frozenset({"text", "html"})
_LEGEND = frozenset({"text", "html", "classes", "isPageHeading"})
_FORM_GROUP = frozenset({"beforeInputs", "classes"})


def _content(part: Any, width: int) -> str:
    """A ``{"html": ...}`` or ``{"text": ...}`` as the macros print it: HTML trimmed and indented, text escaped."""
    html = part.get("html")
    if html:
        # HTML the page built (it is Markup there), printed as the macros print it (they mark it safe).
        return str(do_indent(str(html).strip(), width))
    text = part.get("text")
    return "" if text is None else str(escape(text))


def _hint(hint_id: str, classes: str, content: str) -> str:
    """govukHint, trimmed."""
    return f'<div id="{escape(hint_id)}" class="govuk-hint{classes}">\n  {content}\n</div>'


def _simple(params: dict[str, Any]) -> bool:
    """Whether the parameters are only those the fast path draws exactly as the macro does."""

    def text_only(value: Any) -> bool:
        return not value or (isinstance(value, dict) and set(value) <= _TEXT)

    fieldset = params.get("fieldset")
    form_group = params.get("formGroup")
    error = params.get("errorMessage")
    return (
        set(params) <= _PARAMS
        and isinstance(params.get("name"), str)
        and text_only(params.get("hint"))
        and (not error or (isinstance(error, dict) and set(error) <= _TEXT))
        and (not fieldset or (set(fieldset) <= {"legend"} and set(fieldset.get("legend") or {}) <= _LEGEND))
        and (not form_group or (set(form_group) <= _FORM_GROUP and text_only(form_group.get("beforeInputs"))))
        and all(
            not item or (isinstance(item, dict) and set(item) <= _ITEM and text_only(item.get("hint")))
            for item in params.get("items") or ()
        )
    )


def _error_message(error_id: str, error: dict[str, Any]) -> str:
    """Heard's own govukErrorMessage (templates/govuk_frontend_jinja/components/error-message), trimmed."""
    message = error.get("html") or error.get("text")
    return (
        f'<p id="{escape(error_id)}" class="govuk-error-message">\n'
        f'  <span class="govuk-visually-hidden">{escape(_("Error:"))}</span> {escape(message)}\n'
        "</p>"
    )


def _choices_html(params: dict[str, Any], kind: str) -> str:
    """govukRadios (``kind`` "radios") or govukCheckboxes ("checkboxes") for ``_simple`` parameters. Each part is
    built as its macro prints it, then trimmed and indented where the macro trims and indents it."""
    name = params["name"]
    id_prefix = params.get("idPrefix") or name
    described_by = ""
    fieldset = params.get("fieldset")
    inner: list[str] = []
    hint = params.get("hint")
    if hint:
        hint_id = f"{id_prefix}-hint"
        described_by = hint_id
        inner.append("  " + do_indent(_hint(hint_id, "", _content(hint, 2)), 2) + "\n")
    error = params.get("errorMessage")
    if error:
        error_id = f"{id_prefix}-error"
        described_by = f"{described_by} {error_id}" if described_by else error_id
        inner.append("  " + do_indent(_error_message(error_id, error), 2) + "\n")
    classes = f" {escape(params['classes'])}" if params.get("classes") else ""
    inner.append(f'  <div class="govuk-{kind}{classes}" data-module="govuk-{kind}">\n')
    form_group = params.get("formGroup") or {}
    before = form_group.get("beforeInputs")
    if before:
        inner.append("    " + _content(before, 4) + "\n")
    item_type = "radio" if kind == "radios" else "checkbox"
    for index, item in enumerate(params.get("items") or (), start=1):
        if not item:
            continue
        item_id = f"{id_prefix}-{index}" if index > 1 else id_prefix
        item_hint = item.get("hint")
        has_hint = bool(item_hint and (item_hint.get("text") or item_hint.get("html")))
        hint_id = f"{item_id}-item-hint"
        if kind == "radios":
            described = hint_id if has_hint else ""
        else:
            # govukCheckboxes: the group's describedBy on each box only when there is no fieldset to carry it.
            described = " ".join(filter(None, ["" if fieldset else described_by, hint_id if has_hint else ""]))
        inner.append(
            f'    <div class="govuk-{kind}__item">\n'
            f'      <input class="govuk-{kind}__input" id="{escape(item_id)}" name="{escape(name)}"'
            f' type="{item_type}" value="{escape(item.get("value"))}"'
            + (" checked" if item.get("checked") else "")
            + (f' aria-describedby="{escape(described)}"' if described else "")
            + ">\n"
        )
        if item.get("html") or item.get("text"):
            label = (
                f'<label class="govuk-label govuk-{kind}__label" for="{escape(item_id)}">\n'
                f"  {_content(item, 2)}\n</label>"
            )
            inner.append("      " + do_indent(label, 6) + "\n")
        else:
            inner.append("      \n")  # govukLabel prints nothing, on a line of its own
        if has_hint:
            inner.append("      " + do_indent(_hint(hint_id, f" govuk-{kind}__hint", _content(item_hint, 2)), 6) + "\n")
        inner.append("    </div>\n")
    inner.append("  </div>\n")
    inner_html = "".join(inner).strip()
    group_classes = (" govuk-form-group--error" if error else "") + (
        f" {escape(form_group['classes'])}" if form_group.get("classes") else ""
    )
    if not fieldset:
        return f'\n<div class="govuk-form-group{group_classes}">\n  {inner_html}\n</div>\n'
    legend = fieldset.get("legend") or {}
    parts = [
        '<fieldset class="govuk-fieldset"'
        + (f' aria-describedby="{escape(described_by)}"' if described_by else "")
        + ">\n"
    ]
    if legend.get("html") or legend.get("text"):
        legend_classes = f" {escape(legend['classes'])}" if legend.get("classes") else ""
        parts.append(f'  <legend class="govuk-fieldset__legend{legend_classes}">\n')
        if legend.get("isPageHeading"):
            parts.append(f'    <h1 class="govuk-fieldset__heading">\n      {_content(legend, 6)}\n    </h1>\n')
        else:
            parts.append(f"    {_content(legend, 4)}\n")
        parts.append("  </legend>\n")
    parts.append(f"  {inner_html}\n</fieldset>")
    return f'\n<div class="govuk-form-group{group_classes}">\n  {do_indent("".join(parts), 2)}\n</div>\n'


def _drawn(params: dict[str, Any], kind: str) -> Markup:
    # Every value in the HTML is escaped on the way in (``escape``, ``_content``), but for the parts given as HTML,
    # which the macros mark safe too (the page's own Markup: the heading, pictures and players).
    return Markup(_choices_html(params, kind))


class Radios(GovRadioInput):
    """govuk-frontend-wtf's radios, drawn without the macro where Heard's parameters allow (same HTML)."""

    def render(self, params: dict[str, Any]) -> Markup:
        return _drawn(params, "radios") if _simple(params) else super().render(params)


class Checkboxes(GovCheckboxesInput):
    """govuk-frontend-wtf's checkboxes, drawn without the macro where Heard's parameters allow (same HTML)."""

    def render(self, params: dict[str, Any]) -> Markup:
        return _drawn(params, "checkboxes") if _simple(params) else super().render(params)
