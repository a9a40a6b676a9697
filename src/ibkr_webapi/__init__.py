"""ibkr_webapi: the handwritten runtime around the generated IBKR Web API client."""

__version__ = "0.1.0"
