"""In-process mock of the IBKR Web API (the server side used by tests and demos)."""
