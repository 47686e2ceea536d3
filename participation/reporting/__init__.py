"""Numbers that leave Heard: counts, rates and charts, always with small-number suppression."""
