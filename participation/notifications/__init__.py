"""Messages Heard sends (invitations, password resets, safeguarding escalations) through a pluggable sender."""
