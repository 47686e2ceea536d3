"""Organisations: each council hosted by one Heard deployment."""
