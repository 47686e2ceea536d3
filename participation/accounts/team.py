"""The team: inviting people to this council, accepting an invitation (as a new account or an existing one),
withdrawing an invitation, and stopping or restarting someone's work here. The addresses are listed in ``RULES``,
which ``routes`` adds to the accounts blueprint."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from flask import abort, current_app, flash, g, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts import credentials, invitations, services
from participation.accounts.access import ADMINS, public, requires
from participation.accounts.forms import AcceptInvitationForm, ConfirmForm, InviteForm
from participation.accounts.models import ROLE_HINTS, ROLE_LABELS, Invitation, Role, User
from participation.accounts.pending import ENROL, INVITATION, PENDING, finish_sign_in
from participation.audit import services as audit
from participation.limits import limiter
from participation.links import external_url
from participation.notifications.services import send
from participation.organisations import services as organisations
from participation.organisations.models import Organisation
from participation.transactions import commit_on_success


@public
@limiter.limit("10 per minute", methods=["POST"])
@commit_on_success
def accept_invitation(token: str) -> ResponseReturnValue:
    invitation = invitations.find_invitation(token)
    if invitation is None:
        return render_template("accounts/link_expired.html"), 404
    organisation = organisations.get(invitation.organisation_id)
    role = ROLE_LABELS[invitation.role]
    if invitations.needs_own_sign_in(invitation):
        return _join_as_existing_account(token, invitation, organisation, role)
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        assert form.name.data is not None and form.password.data is not None  # InputRequired, so set on a valid form
        user = invitations.accept_as_new_account(invitation, form.name.data, form.password.data)
        _audit_joining(invitation, user)
        session.pop(INVITATION, None)
        session[PENDING] = {"user": str(user.id), "at": time.time()}
        if current_app.config["REQUIRE_MFA"]:
            # Opening the emailed link proved the address is theirs: they may bind an authenticator now.
            session[ENROL] = {"user": str(user.id), "at": time.time()}
            return redirect(url_for(".set_up_second_factor"))
        return finish_sign_in(user)
    return render_template(
        "accounts/accept.html", form=form, invitation=invitation, organisation=organisation, role=role
    ), 400 if form.errors else 200


def _join_as_existing_account(
    token: str, invitation: Invitation, organisation: Organisation | None, role: str
) -> ResponseReturnValue:
    """An account that already exists joins only by its owner signing in as it and accepting."""
    signed_in = g.get("staff")
    if signed_in is None:
        # Remembered in the session (not in the URL) so the token stays out of logs; signing in comes back here.
        session[INVITATION] = token
        return render_template(
            "accounts/join.html", invitation=invitation, organisation=organisation, role=role, state="sign-in"
        )
    if credentials.normalise_email(signed_in.user.email) != invitation.email:
        return render_template(
            "accounts/join.html", invitation=invitation, organisation=organisation, role=role, state="other-account"
        ), 403
    if services.membership_disabled(invitation.organisation_id, signed_in.user):
        return render_template(
            "accounts/join.html", invitation=invitation, organisation=organisation, role=role, state="disabled-here"
        ), 403
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            invitations.join(invitation, signed_in.user)
        except invitations.DisabledHere:
            audit.record(
                "invitation-refused-disabled-member",
                organisation_id=invitation.organisation_id,
                user_id=signed_in.user.id,
                role=invitation.role.value,
            )
            return render_template(
                "accounts/join.html", invitation=invitation, organisation=organisation, role=role, state="disabled-here"
            ), 403
        _audit_joining(invitation, signed_in.user)
        services.switch_organisation(signed_in.session, signed_in.user, invitation.organisation_id)
        session.pop(INVITATION, None)
        flash(
            _(
                "You have joined %(organisation)s as %(role)s.",
                organisation=organisation.name if organisation else "",
                role=str(role).lower(),
            )
        )
        return redirect(url_for("consultations.index"))
    return render_template(
        "accounts/join.html", invitation=invitation, organisation=organisation, role=role, state="accept", form=form
    )


def _audit_joining(invitation: Invitation, user: User) -> None:
    audit.record(
        "invitation-accepted", organisation_id=invitation.organisation_id, user_id=user.id, role=invitation.role.value
    )
    for other in invitations.other_organisations_of(user.email, invitation.organisation_id):
        audit.record(
            "member-joined-another-organisation",
            organisation_id=other,
            user_id=user.id,
            subject=user.email,
            joined=str(invitation.organisation_id),
            role=invitation.role.value,
        )


@requires(ADMINS)
@commit_on_success
def team() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    form = InviteForm()
    link = None
    if form.validate_on_submit():
        role = Role(form.role.data)
        assert form.email.data is not None  # InputRequired, so set on a valid form
        email = credentials.normalise_email(form.email.data)
        token = invitations.invite(organisation_id, email, role, g.staff.user)
        # The link goes to the invited address only: whoever can open it proves they own that address. Only the
        # demo, which sends no email, shows it to the inviter.
        invitation_link = external_url(".accept_invitation", token=token)
        send(
            to=email,
            kind="invitation",
            organisation_id=organisation_id,
            subject=_("You have been invited to Heard"),
            body=_(
                "%(name)s has invited you to join %(organisation)s on Heard as %(role)s. Use this link "
                "within 7 days: %(link)s",
                name=g.staff.user.name,
                organisation=g.staff.organisation.name,
                role=str(ROLE_LABELS[role]).lower(),
                link=invitation_link,
            ),
        )
        audit.record(
            "invitation-sent", organisation_id=organisation_id, user_id=g.staff.user.id, subject=email, role=role.value
        )
        for other in invitations.other_organisations_of(email, organisation_id):
            # A council is told when another council invites one of its people.
            audit.record(
                "member-invited-by-another-organisation",
                organisation_id=other,
                subject=email,
                inviting=g.staff.organisation.name,
                role=role.value,
            )
        if current_app.config["HEARD_DEMO"]:
            link = invitation_link
        flash(_("Invitation sent to %(email)s. It works for 7 days.", email=email))
        form = InviteForm(formdata=None)
    return render_template(
        "accounts/team.html",
        form=form,
        link=link,
        confirm=ConfirmForm(),
        members=organisations.members(organisation_id),
        invitations=organisations.open_invitations(organisation_id),
        role_labels=ROLE_LABELS,
        role_hints=ROLE_HINTS,
    ), 400 if form.errors else 200


@requires(ADMINS)
@commit_on_success
def change_access(user_id: uuid.UUID, action: str) -> ResponseReturnValue:
    """Stop or restart someone working with this council. It acts on this council's membership only."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    organisation_id = g.staff.session.organisation_id
    member = organisations.member(organisation_id, user_id)
    if member is None:
        # Not in this organisation: the same answer as for nobody at all.
        abort(404)
    if member.id == g.staff.user.id:
        abort(400)
    if action == "disable":
        services.disable_membership(organisation_id, member)
    else:
        services.enable_membership(organisation_id, member)
    audit.record(
        f"membership-{action}d", organisation_id=organisation_id, user_id=g.staff.user.id, subject=member.email
    )
    return redirect(url_for(".team"))


@requires(ADMINS)
@commit_on_success
def withdraw_invitation(invitation_id: uuid.UUID) -> ResponseReturnValue:
    """Stop an invitation working before it is accepted (sent to the wrong address, or the person left)."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    organisation_id = g.staff.session.organisation_id
    invitation = invitations.open_invitation(organisation_id, invitation_id)
    if invitation is None:
        abort(404)
    invitations.withdraw(invitation)
    audit.record(
        "invitation-withdrawn",
        organisation_id=organisation_id,
        user_id=g.staff.user.id,
        subject=invitation.email,
        role=invitation.role.value,
    )
    flash(_("Invitation to %(email)s withdrawn.", email=invitation.email))
    return redirect(url_for(".team"))


View = Callable[..., ResponseReturnValue]
# (address, view, methods): added to the accounts blueprint by ``routes``.
RULES: list[tuple[str, View, list[str]]] = [
    ("/invitation/<token>", accept_invitation, ["GET", "POST"]),
    ("/team", team, ["GET", "POST"]),
    ("/team/<uuid:user_id>/<any(disable, enable):action>", change_access, ["POST"]),
    ("/team/invitations/<uuid:invitation_id>/withdraw", withdraw_invitation, ["POST"]),
]
