"""The Overlay 1.0 applier, for the tools that import it by path: it lives in the package
(`ibkr_webapi.codegen.overlay`), where ``ibkr-webapi generate`` uses the same code."""

from ibkr_webapi.codegen.overlay import OverlayError, apply_action, apply_overlay, merge

__all__ = ["OverlayError", "apply_action", "apply_overlay", "merge"]
