"""Surveys: consultations, their questions and the per-language, per-age-band texts young people read."""
