"""Asking for an advocate or a call back: a young person leaves the contact details they choose, encrypted and never
linked to their answers, for the role their organisation names, who acknowledges it within a set number of working
days (escalated once when they do not)."""
