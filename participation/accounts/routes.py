"""Signing in and out, second factors and their emailed enrolment links, password resets and switching organisation.
The accounts blueprint lives here; the team and invitations (``team``) and the organisation's and platform's
administration (``administration``) add their addresses to it from their ``RULES``."""

from __future__ import annotations

import time
import uuid

import segno
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from markupsafe import Markup

from participation.accounts import administration, credentials, invitations, services, team, totp
from participation.accounts.access import EVERY_ROLE, public, requires, sign_out_here
from participation.accounts.forms import CodeForm, ConfirmForm, NewPasswordForm, ResetRequestForm, SignInForm
from participation.accounts.models import User
from participation.accounts.pending import ENROL, PENDING, enrolment_proven, finish_sign_in, pending_user
from participation.audit import services as audit
from participation.limits import client_address, limiter, posted
from participation.links import external_url
from participation.notifications.services import send
from participation.pseudonyms import keyed_hash
from participation.transactions import commit_on_success, keep_now

bp = Blueprint("accounts", __name__, url_prefix="/staff")
for rule, view, methods in (*team.RULES, *administration.RULES):
    bp.add_url_rule(rule, view_func=view, methods=methods)


def _typed_email() -> str:
    # Keyed, so no store of counts (the database's or Redis) ever holds an email address in clear.
    return keyed_hash("rate-limit-email", credentials.normalise_email(posted("email"))[:254])


def _sign_in_key() -> str:
    """One address trying one account."""
    return f"{client_address()}:{_typed_email()}"


def _account_key() -> str:
    """One account, from any number of addresses: a spread-out guess at one password is limited too."""
    return f"account:{_typed_email()}"


def _pending_account_key() -> str:
    """The account part-way through signing in: its second-factor codes are limited from any address too."""
    pending = session.get(PENDING) or {}
    return f"second-factor:{keyed_hash('rate-limit-account', str(pending.get('user') or ''))}"


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
        if credentials.check_password(user, form.password.data) and user is not None and services.may_sign_in(user):
            session[PENDING] = {"user": str(user.id), "at": time.time(), "next": request.args.get("next")}
            if user.totp_secret:
                return redirect(url_for(".second_factor"))
            if current_app.config["REQUIRE_MFA"]:
                if enrolment_proven(user):
                    return redirect(url_for(".set_up_second_factor"))
                return _send_enrolment_link(user)
            return finish_sign_in(user)
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
    user = pending_user()
    if user is None or not user.totp_secret:
        return redirect(url_for(".sign_in"))
    form = CodeForm()
    if form.validate_on_submit():
        assert form.code.data is not None  # InputRequired, so set on a valid form
        if credentials.verify_second_factor(user, form.code.data):
            return finish_sign_in(user)
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
    user = pending_user()
    if user is None:
        return redirect(url_for(".sign_in"))
    if user.totp_secret:
        return redirect(url_for(".second_factor"))
    if not enrolment_proven(user):
        # Knowing the password is not enough to bind an authenticator: the owner of the address must open the link.
        return _send_enrolment_link(user)
    pending = dict(session.get(PENDING) or {})
    secret = pending.get("secret") or totp.new_secret()
    pending["secret"] = secret
    session[PENDING] = pending
    form = CodeForm()
    if form.validate_on_submit():
        assert form.code.data is not None  # InputRequired, so set on a valid form
        if credentials.enrol_second_factor(user, secret, form.code.data):
            audit.record("second-factor-enrolled", user_id=user.id, organisation_id=services.default_organisation(user))
            return finish_sign_in(user)
        form.code.errors = [*form.code.errors, _("Enter the current 6-digit code from your authenticator app")]

    uri = totp.provisioning_uri(secret, user.email, "Heard")
    qr_svg = Markup(segno.make(uri, error="m").svg_inline(scale=4, title=_("QR code for your authenticator app")))
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render_template(
        "accounts/set_up.html", form=form, qr_svg=qr_svg, secret=grouped
    ), 400 if form.errors else 200


def _send_enrolment_link(user: User) -> ResponseReturnValue:
    """Email the account's own address a one-time link to set up an authenticator, and say so."""
    token = invitations.start_enrolment(user)
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
    if invitations.find_enrolment_link(token) is None:
        return render_template("accounts/link_expired.html"), 404
    form = ConfirmForm()
    if not form.validate_on_submit():
        return render_template("accounts/enrol_link.html", form=form)
    user = invitations.use_enrolment_link(token)
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
    sign_out_here()
    return render_template("accounts/signed_out.html")


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
            token = invitations.start_reset(user)
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
    reset = invitations.find_reset(token)
    if reset is None:
        return render_template("accounts/link_expired.html"), 404
    form = NewPasswordForm()
    if form.validate_on_submit():
        assert form.password.data is not None  # InputRequired, so set on a valid form
        user = invitations.complete_reset(reset, form.password.data)
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
