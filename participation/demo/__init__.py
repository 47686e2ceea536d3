"""Demo data: the "Your voice 2026" consultation and deterministic synthetic responses."""
