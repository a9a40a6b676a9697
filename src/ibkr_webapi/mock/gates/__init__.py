"""What a request passes through before its handler: faults, pacing, OAuth and the session.

Each gate is a small class with its own state; `ibkr_webapi.mock.routing` runs them in order.
"""
