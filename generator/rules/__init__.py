"""Rule sets as data: the baseline shipped here, overlays in data/rules.yml. Adding a rule needs no code."""
