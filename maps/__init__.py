"""Renderers and styles, labels, print layouts for the algorithms' outputs.

* :mod:`.styles` — renderers (categorized, graduated, diverging), legend titles and
  precision, and the style stored with each output.
* :mod:`.layouts` — print layouts for report maps (used by ``exportmap``).
"""
