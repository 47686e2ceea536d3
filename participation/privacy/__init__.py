"""Privacy: the identity vault, two-person re-identification, and (later) erasure and retention."""
