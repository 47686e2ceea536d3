"""Signing in and out, second factors, invitations, password resets, the team and the audit log."""

from __future__ import annotations

import time
import uuid

import segno
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from markupsafe import Markup

from participation.accounts import services, totp
from participation.accounts.access import ADMINS, EVERY_ROLE, SESSION_KEY, public, requires
from participation.accounts.forms import (
    AcceptInvitationForm,
    CodeForm,
    ConfirmForm,
    InviteForm,
    NewPasswordForm,
    OrganisationForm,
    ResetRequestForm,
    SettingsForm,
    SignInForm,
)
from participation.accounts.models import ROLE_HINTS, ROLE_LABELS, Invitation, Role, User
from participation.accounts.redirects import safe_staff_path
from participation.audit import services as audit
from participation.limits import limiter
from participation.links import external_url
from participation.notifications.services import send
from participation.organisations import services as organisations
from participation.organisations.models import Organisation
from participation.privacy import dpia, vault
from participation.pseudonyms import keyed_hash
from participation.transactions import commit_on_success, keep_now

bp = Blueprint("accounts", __name__, url_prefix="/staff")
PENDING = "staff_pending"
PENDING_SECONDS = 300
# The account whose owner opened an emailed enrolment link (or an invitation) here: only they may bind an
# authenticator to it, and only after their password too.
ENROL = "staff_enrol"
ENROL_SECONDS = 30 * 60
# An invitation waiting for its invited account to sign in and accept.
INVITATION = "staff_invitation"


def _typed_email() -> str:
    # Keyed, so no store of counts (the database's or Redis) ever holds an email address in clear.
    return keyed_hash("rate-limit-email", services.normalise_email(request.form.get("email", ""))[:254])


def _sign_in_key() -> str:
    """One address trying one account."""
    return f"{request.remote_addr}:{_typed_email()}"


def _account_key() -> str:
    """One account, from any number of addresses: a spread-out guess at one password is limited too."""
    return f"account:{_typed_email()}"


def _pending_account_key() -> str:
    """The account part-way through signing in: its second-factor codes are limited from any address too."""
    pending = session.get(PENDING) or {}
    return f"second-factor:{keyed_hash('rate-limit-account', str(pending.get('user') or ''))}"


def _pending_user() -> User | None:
    pending = session.get(PENDING) or {}
    if not pending or time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        return None
    return services.user_by_id(pending.get("user"))


def _enrolment_proven(user: User) -> bool:
    proven = session.get(ENROL) or {}
    return proven.get("user") == str(user.id) and time.time() - float(proven.get("at", 0)) <= ENROL_SECONDS


def _finish_sign_in(user: User) -> ResponseReturnValue:
    next_url = safe_staff_path((session.get(PENDING) or {}).get("next")) or url_for("consultations.index")
    if user.is_platform_admin and not services.memberships(user):
        next_url = url_for(".platform_organisations")
    invitation_token = session.get(INVITATION)
    if invitation_token:
        next_url = url_for(".accept_invitation", token=invitation_token)
    # A new server-side session and a new CSRF token: nothing from before signing in carries over.
    for key in (PENDING, SESSION_KEY, "csrf_token", ENROL, INVITATION):
        session.pop(key, None)
    session[SESSION_KEY] = services.start_session(user)
    session.permanent = False
    audit.record("sign-in", organisation_id=services.default_organisation(user), user_id=user.id)
    return redirect(next_url)


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(
    lambda: current_app.config.get("SIGN_IN_RATE_LIMIT", "5 per minute;20 per hour"),
    key_func=_sign_in_key,
    methods=["POST"],
)
@limiter.limit(
    lambda: current_app.config.get("SIGN_IN_ACCOUNT_RATE_LIMIT", "10 per 10 minutes;40 per day"),
    key_func=_account_key,
    methods=["POST"],
)
@limiter.limit(
    lambda: current_app.config.get("SIGN_IN_ADDRESS_RATE_LIMIT", "30 per minute;200 per hour"), methods=["POST"]
)
@commit_on_success
def sign_in() -> ResponseReturnValue:
    if g.get("staff") is not None:
        return redirect(url_for("consultations.index"))
    form = SignInForm()
    if form.validate_on_submit():
        assert form.email.data is not None and form.password.data is not None  # InputRequired, so set on a valid form
        user = services.user_by_email(form.email.data)
        if services.check_password(user, form.password.data) and user is not None and services.may_sign_in(user):
            session[PENDING] = {"user": str(user.id), "at": time.time(), "next": request.args.get("next")}
            if user.totp_secret:
                return redirect(url_for(".second_factor"))
            if current_app.config["REQUIRE_MFA"]:
                if _enrolment_proven(user):
                    return redirect(url_for(".set_up_second_factor"))
                return _send_enrolment_link(user)
            return _finish_sign_in(user)
        audit.record(
            "sign-in-failed",
            user_id=user.id if user else None,
            organisation_id=services.any_organisation(user) if user else None,
            reason="disabled"
            if user is not None and user.password_hash and not services.may_sign_in(user)
            else "credentials",
        )
        keep_now()  # the failed try is audited although the page answers 400
        form.password.errors = [*form.password.errors, _("Enter a correct email address and password")]
    return render_template("accounts/sign_in.html", form=form), 400 if form.errors else 200


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit("10 per minute", methods=["POST"])
@limiter.limit("10 per 10 minutes", key_func=_pending_account_key, methods=["POST"])
@commit_on_success
def second_factor() -> ResponseReturnValue:
    user = _pending_user()
    if user is None or not user.totp_secret:
        return redirect(url_for(".sign_in"))
    form = CodeForm()
    if form.validate_on_submit():
        assert form.code.data is not None  # InputRequired, so set on a valid form
        if services.verify_second_factor(user, form.code.data):
            return _finish_sign_in(user)
        audit.record(
            "sign-in-failed",
            user_id=user.id,
            organisation_id=services.default_organisation(user),
            reason="second-factor",
        )
        keep_now()  # the failed try is audited although the page answers 400
        form.code.errors = [*form.code.errors, _("Enter the current 6-digit code from your authenticator app")]
    return render_template("accounts/code.html", form=form), 400 if form.errors else 200


@bp.route("/sign-in/set-up", methods=["GET", "POST"])
@public
@limiter.limit("10 per minute", methods=["POST"])
@commit_on_success
def set_up_second_factor() -> ResponseReturnValue:
    user = _pending_user()
    if user is None:
        return redirect(url_for(".sign_in"))
    if user.totp_secret:
        return redirect(url_for(".second_factor"))
    if not _enrolment_proven(user):
        # Knowing the password is not enough to bind an authenticator: the owner of the address must open the link.
        return _send_enrolment_link(user)
    pending = dict(session.get(PENDING) or {})
    secret = pending.get("secret") or totp.new_secret()
    pending["secret"] = secret
    session[PENDING] = pending
    form = CodeForm()
    if form.validate_on_submit():
        assert form.code.data is not None  # InputRequired, so set on a valid form
        if services.enrol_second_factor(user, secret, form.code.data):
            audit.record("second-factor-enrolled", user_id=user.id, organisation_id=services.default_organisation(user))
            return _finish_sign_in(user)
        form.code.errors = [*form.code.errors, _("Enter the current 6-digit code from your authenticator app")]

    uri = totp.provisioning_uri(secret, user.email, "Heard")
    qr_svg = Markup(segno.make(uri, error="m").svg_inline(scale=4, title=_("QR code for your authenticator app")))
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render_template(
        "accounts/set_up.html", form=form, qr_svg=qr_svg, secret=grouped
    ), 400 if form.errors else 200


def _send_enrolment_link(user: User) -> ResponseReturnValue:
    """Email the account's own address a one-time link to set up an authenticator, and say so."""
    token = services.start_enrolment(user)
    send(
        to=user.email,
        kind="second-factor-enrolment",
        organisation_id=services.any_organisation(user),
        subject=_("Set up sign-in to Heard"),
        body=_(
            "Use this link within 24 hours to set up your authenticator app for Heard: %(link)s\n\nYou will be "
            "asked for your password again. If you did not just try to sign in, tell your Heard administrator.",
            link=external_url(".enrol_link", token=token),
        ),
    )
    audit.record("second-factor-enrolment-link-sent", user_id=user.id, organisation_id=services.any_organisation(user))
    session.pop(PENDING, None)
    return render_template("accounts/enrolment_sent.html")


@bp.route("/sign-in/set-up/<token>", methods=["GET", "POST"])
@public
@limiter.limit("10 per minute")
@commit_on_success
def enrol_link(token: str) -> ResponseReturnValue:
    """The emailed link: proves the address is the owner's, then the password is asked for again. Opening it
    changes nothing (mail scanners open links); pressing its button uses it."""
    if services.find_enrolment_link(token) is None:
        return render_template("accounts/link_expired.html"), 404
    form = ConfirmForm()
    if not form.validate_on_submit():
        return render_template("accounts/enrol_link.html", form=form)
    user = services.use_enrolment_link(token)
    if user is None:
        return render_template("accounts/link_expired.html"), 404
    session[ENROL] = {"user": str(user.id), "at": time.time()}
    flash(_("Sign in with your password to set up your authenticator app."))
    return redirect(url_for(".sign_in"))


@bp.route("/sign-out", methods=["POST"])
@requires(EVERY_ROLE, platform_admin=True)
@commit_on_success
def sign_out() -> ResponseReturnValue:
    ConfirmForm().validate()
    signed_in = g.staff
    services.end_session(signed_in.session)
    audit.record("sign-out", organisation_id=signed_in.session.organisation_id, user_id=signed_in.user.id)
    session.pop(SESSION_KEY, None)
    session.pop("csrf_token", None)
    return render_template("accounts/signed_out.html")


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@public
@limiter.limit("10 per minute", methods=["POST"])
@commit_on_success
def accept_invitation(token: str) -> ResponseReturnValue:
    invitation = services.find_invitation(token)
    if invitation is None:
        return render_template("accounts/link_expired.html"), 404
    organisation = organisations.get(invitation.organisation_id)
    role = ROLE_LABELS[invitation.role]
    if services.needs_own_sign_in(invitation):
        return _join_as_existing_account(token, invitation, organisation, role)
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        assert form.name.data is not None and form.password.data is not None  # InputRequired, so set on a valid form
        user = services.accept_as_new_account(invitation, form.name.data, form.password.data)
        _audit_joining(invitation, user)
        session.pop(INVITATION, None)
        session[PENDING] = {"user": str(user.id), "at": time.time()}
        if current_app.config["REQUIRE_MFA"]:
            # Opening the emailed link proved the address is theirs: they may bind an authenticator now.
            session[ENROL] = {"user": str(user.id), "at": time.time()}
            return redirect(url_for(".set_up_second_factor"))
        return _finish_sign_in(user)
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
    if services.normalise_email(signed_in.user.email) != invitation.email:
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
            services.join(invitation, signed_in.user)
        except services.DisabledHere:
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
    for other in services.other_organisations_of(user.email, invitation.organisation_id):
        audit.record(
            "member-joined-another-organisation",
            organisation_id=other,
            user_id=user.id,
            subject=user.email,
            joined=str(invitation.organisation_id),
            role=invitation.role.value,
        )


@bp.route("/reset-password", methods=["GET", "POST"])
@public
@limiter.limit("5 per minute;20 per hour", methods=["POST"])
@commit_on_success
def reset_password() -> ResponseReturnValue:
    form = ResetRequestForm()
    if form.validate_on_submit():
        assert form.email.data is not None  # InputRequired, so set on a valid form
        user = services.user_by_email(form.email.data)
        if user is not None and services.may_sign_in(user):
            token = services.start_reset(user)
            link = external_url(".choose_password", token=token)
            send(
                to=user.email,
                subject=_("Reset your Heard password"),
                kind="password-reset",
                body=_(
                    "Use this link within 2 hours to choose a new password: %(link)s\n\nYou will still need "
                    "the code from your authenticator app to sign in. If you did not ask for this, ignore "
                    "this email.",
                    link=link,
                ),
                organisation_id=services.any_organisation(user),
            )
            audit.record(
                "password-reset-requested", user_id=user.id, organisation_id=services.default_organisation(user)
            )
        # The same answer whether or not there is an account: nobody learns which emails are registered.
        return render_template("accounts/reset_sent.html")
    return render_template("accounts/reset_request.html", form=form), 400 if form.errors else 200


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@public
@commit_on_success
def choose_password(token: str) -> ResponseReturnValue:
    reset = services.find_reset(token)
    if reset is None:
        return render_template("accounts/link_expired.html"), 404
    form = NewPasswordForm()
    if form.validate_on_submit():
        assert form.password.data is not None  # InputRequired, so set on a valid form
        user = services.complete_reset(reset, form.password.data)
        audit.record("password-reset", user_id=user.id, organisation_id=services.default_organisation(user))
        return render_template("accounts/password_changed.html")
    return render_template("accounts/choose_password.html", form=form), 400 if form.errors else 200


@bp.route("/organisation/<uuid:organisation_id>", methods=["POST"])
@requires(EVERY_ROLE)
@commit_on_success
def switch_organisation(organisation_id: uuid.UUID) -> ResponseReturnValue:
    """Someone with roles in several councils chooses which one they are working in."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if not services.switch_organisation(g.staff.session, g.staff.user, organisation_id):
        abort(404)
    audit.record("organisation-switched", organisation_id=organisation_id, user_id=g.staff.user.id)
    return redirect(url_for("consultations.index"))


@bp.route("/team", methods=["GET", "POST"])
@requires(ADMINS)
@commit_on_success
def team() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    form = InviteForm()
    link = None
    if form.validate_on_submit():
        role = Role(form.role.data)
        assert form.email.data is not None  # InputRequired, so set on a valid form
        email = services.normalise_email(form.email.data)
        token = services.invite(organisation_id, email, role, g.staff.user)
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
        for other in services.other_organisations_of(email, organisation_id):
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


@bp.route("/team/<uuid:user_id>/<any(disable, enable):action>", methods=["POST"])
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


@bp.route("/team/invitations/<uuid:invitation_id>/withdraw", methods=["POST"])
@requires(ADMINS)
@commit_on_success
def withdraw_invitation(invitation_id: uuid.UUID) -> ResponseReturnValue:
    """Stop an invitation working before it is accepted (sent to the wrong address, or the person left)."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    organisation_id = g.staff.session.organisation_id
    invitation = services.open_invitation(organisation_id, invitation_id)
    if invitation is None:
        abort(404)
    services.withdraw(invitation)
    audit.record(
        "invitation-withdrawn",
        organisation_id=organisation_id,
        user_id=g.staff.user.id,
        subject=invitation.email,
        role=invitation.role.value,
    )
    flash(_("Invitation to %(email)s withdrawn.", email=invitation.email))
    return redirect(url_for(".team"))


@bp.route("/settings", methods=["GET", "POST"])
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
        }
    )
    if form.validate_on_submit():
        disclosures, comments = form.read_disclosures_within.data, form.read_comments_within.data
        assert disclosures is not None and comments is not None  # both required: the form would not have validated
        wanted = organisations.Settings(
            identity_vault=form.identity_vault.data == "yes",
            compare_opt_in=form.compare_opt_in.data == "yes",
            read_unsent_disclosures=form.read_unsent_disclosures.data == "yes",
            read_disclosures_within=disclosures,
            read_comments_within=comments,
        )
        organisations.change_settings(organisation, wanted, g.staff.user.id)
        flash(_("Settings saved."))
        return redirect(url_for(".settings"))

    return render_template(
        "accounts/settings.html", form=form, vault_entries=vault.count(organisation.id)
    ), 400 if form.errors else 200


@bp.route("/settings/data-protection-summary")
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


@bp.route("/settings/data-protection-summary.html")
@requires(ADMINS)
@commit_on_success
def data_protection_summary_html() -> ResponseReturnValue:
    return _data_protection_download("html")


@bp.route("/settings/data-protection-summary.csv")
@requires(ADMINS)
@commit_on_success
def data_protection_summary_csv() -> ResponseReturnValue:
    return _data_protection_download("csv")


@bp.route("/settings/data-protection-summary.pdf")
@requires(ADMINS)
@commit_on_success
def data_protection_summary_pdf() -> ResponseReturnValue:
    return _data_protection_download("pdf")


@bp.route("/audit")
@requires(ADMINS)
def audit_log() -> ResponseReturnValue:
    events = audit.events_for(g.staff.session.organisation_id)
    names = organisations.user_names({event.user_id for event in events if event.user_id})
    return render_template("accounts/audit.html", events=events, names=names)


@bp.route("/organisations", methods=["GET", "POST"])
@requires(platform_admin=True)
@commit_on_success
def platform_organisations() -> ResponseReturnValue:
    form = OrganisationForm()
    link = None
    if form.validate_on_submit():
        assert form.name.data is not None and form.admin_email.data is not None  # InputRequired, so set on a valid form
        organisation = organisations.create(form.name.data)
        email = services.normalise_email(form.admin_email.data)
        token = services.invite(organisation.id, email, Role.ORGANISATION_ADMIN, g.staff.user)
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
        for other in services.other_organisations_of(email, organisation.id):
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


@bp.route("/accounts")
@requires(platform_admin=True)
def platform_accounts() -> ResponseReturnValue:
    """Every account on this Heard, for the platform admin: the only person who can lock one everywhere."""
    return render_template(
        "accounts/platform_accounts.html",
        accounts=services.all_accounts(),
        confirm=ConfirmForm(),
        names=organisations.organisation_names(),
    )


@bp.route("/accounts/<uuid:user_id>/<any(lock, unlock):action>", methods=["POST"])
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
