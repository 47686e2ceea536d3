"""Running a council's Heard and the platform: the organisation's settings, its data protection summary and audit
log; for the platform admin, setting up organisations and locking accounts everywhere. The addresses are listed in
``RULES``, which ``routes`` adds to the accounts blueprint."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from flask import abort, current_app, flash, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts import credentials, invitations, services
from participation.accounts.access import ADMINS, requires
from participation.accounts.forms import ConfirmForm, OrganisationForm, SettingsForm
from participation.accounts.models import ROLE_LABELS, Role
from participation.audit import services as audit
from participation.links import external_url
from participation.notifications.services import send
from participation.organisations import services as organisations
from participation.privacy import dpia, vault
from participation.transactions import commit_on_success


@requires(ADMINS)
@commit_on_success
def settings() -> ResponseReturnValue:
    organisation = g.staff.organisation
    current = organisations.settings_of(organisation)
    form = SettingsForm(
        data={
            "identity_vault": "yes" if current.identity_vault else "no",
            "compare_opt_in": "yes" if current.compare_opt_in else "no",
            "read_unsent_disclosures": "yes" if current.read_unsent_disclosures else "no",
            "read_disclosures_within": current.read_disclosures_within,
            "read_comments_within": current.read_comments_within,
            "contact_requests_role": current.contact_requests_role,
            "contact_acknowledge_within": current.contact_acknowledge_within,
        }
    )
    if form.validate_on_submit():
        disclosures, comments = form.read_disclosures_within.data, form.read_comments_within.data
        within = form.contact_acknowledge_within.data
        # All required: the form would not have validated.
        assert disclosures is not None and comments is not None and within is not None
        wanted = organisations.Settings(
            identity_vault=form.identity_vault.data == "yes",
            compare_opt_in=form.compare_opt_in.data == "yes",
            read_unsent_disclosures=form.read_unsent_disclosures.data == "yes",
            read_disclosures_within=disclosures,
            read_comments_within=comments,
            contact_requests_role=form.contact_requests_role.data or "",
            contact_acknowledge_within=within,
        )
        organisations.change_settings(organisation, wanted, g.staff.user.id)
        flash(_("Settings saved."))
        return redirect(url_for(".settings"))

    return render_template(
        "accounts/settings.html", form=form, vault_entries=vault.count(organisation.id)
    ), 400 if form.errors else 200


@requires(ADMINS)
def data_protection_summary() -> ResponseReturnValue:
    """What this organisation's Heard stores, where, for how long and who can see it: for the DPIA."""
    return render_template("accounts/data_protection_summary.html", summary=dpia.build(g.staff.organisation))


def _data_protection_download(kind: str) -> ResponseReturnValue:
    summary = dpia.build(g.staff.organisation)
    mimetype, make = dpia.OUTPUTS[kind]
    audit.record(
        "data-protection-summary-downloaded",
        organisation_id=g.staff.organisation.id,
        user_id=g.staff.user.id,
        format=kind,
    )
    response = current_app.response_class(make(summary), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{dpia.file_stem(summary)}.{kind}"'
    return response


@requires(ADMINS)
@commit_on_success
def data_protection_summary_html() -> ResponseReturnValue:
    return _data_protection_download("html")


@requires(ADMINS)
@commit_on_success
def data_protection_summary_csv() -> ResponseReturnValue:
    return _data_protection_download("csv")


@requires(ADMINS)
@commit_on_success
def data_protection_summary_pdf() -> ResponseReturnValue:
    return _data_protection_download("pdf")


@requires(ADMINS)
def audit_log() -> ResponseReturnValue:
    events = audit.events_for(g.staff.session.organisation_id)
    organisation_id = g.staff.session.organisation_id
    people = organisations.people(organisation_id, {event.user_id for event in events if event.user_id})
    return render_template("accounts/audit.html", events=events, people=people, role_labels=ROLE_LABELS)


@requires(platform_admin=True)
@commit_on_success
def platform_organisations() -> ResponseReturnValue:
    form = OrganisationForm()
    link = None
    if form.validate_on_submit():
        assert form.name.data is not None and form.admin_email.data is not None  # InputRequired, so set on a valid form
        organisation = organisations.create(form.name.data)
        email = credentials.normalise_email(form.admin_email.data)
        token = invitations.invite(organisation.id, email, Role.ORGANISATION_ADMIN, g.staff.user)
        invitation_link = external_url(".accept_invitation", token=token)
        send(
            to=email,
            kind="invitation",
            organisation_id=organisation.id,
            subject=_("You have been invited to Heard"),
            body=_(
                "You have been invited to set up %(organisation)s on Heard. Use this link within 7 days: %(link)s",
                organisation=organisation.name,
                link=invitation_link,
            ),
        )
        audit.record(
            "organisation-created", organisation_id=organisation.id, user_id=g.staff.user.id, subject=organisation.name
        )
        for other in invitations.other_organisations_of(email, organisation.id):
            audit.record(
                "member-invited-by-another-organisation",
                organisation_id=other,
                subject=email,
                inviting=organisation.name,
                role=Role.ORGANISATION_ADMIN.value,
            )
        if current_app.config["HEARD_DEMO"]:
            link = invitation_link
        flash(_("Invitation sent to %(email)s. It works for 7 days.", email=email))
        form = OrganisationForm(formdata=None)
    return render_template(
        "accounts/organisations.html", form=form, link=link, organisations=organisations.all_organisations()
    ), 400 if form.errors else 200


@requires(platform_admin=True)
def platform_accounts() -> ResponseReturnValue:
    """Every account on this Heard, for the platform admin: the only person who can lock one everywhere."""
    return render_template(
        "accounts/platform_accounts.html",
        accounts=services.all_accounts(),
        confirm=ConfirmForm(),
        names=organisations.organisation_names(),
    )


@requires(platform_admin=True)
@commit_on_success
def lock_account(user_id: uuid.UUID, action: str) -> ResponseReturnValue:
    """Lock an account in every council at once (a lost laptop, a person who left), or unlock it."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    user = services.user_by_id(user_id)
    if user is None:
        abort(404)
    if user.id == g.staff.user.id:
        abort(400)
    if action == "lock":
        services.lock_account(user)
    else:
        services.unlock_account(user)
    for organisation_id in sorted({membership.organisation_id for membership in user.memberships}, key=str):
        audit.record(
            f"account-{action}ed-by-platform",
            organisation_id=organisation_id,
            user_id=g.staff.user.id,
            subject=user.email,
        )
    return redirect(url_for(".platform_accounts"))


View = Callable[..., ResponseReturnValue]
# (address, view, methods): added to the accounts blueprint by ``routes``.
RULES: list[tuple[str, View, list[str]]] = [
    ("/settings", settings, ["GET", "POST"]),
    ("/settings/data-protection-summary", data_protection_summary, ["GET"]),
    ("/settings/data-protection-summary.html", data_protection_summary_html, ["GET"]),
    ("/settings/data-protection-summary.csv", data_protection_summary_csv, ["GET"]),
    ("/settings/data-protection-summary.pdf", data_protection_summary_pdf, ["GET"]),
    ("/audit", audit_log, ["GET"]),
    ("/organisations", platform_organisations, ["GET", "POST"]),
    ("/accounts", platform_accounts, ["GET"]),
    ("/accounts/<uuid:user_id>/<any(lock, unlock):action>", lock_account, ["POST"]),
]
