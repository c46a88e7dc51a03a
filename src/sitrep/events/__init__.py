"""Events: the coder (sentences → ACLED-style event reports) and fusion (reports → events)."""
