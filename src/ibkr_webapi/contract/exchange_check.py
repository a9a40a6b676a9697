"""Check one recorded HTTP exchange: find its operation, then its request, then its response.

The operation comes from the method and the path template, once the server's prefix
(``/v1/api``, the Flex Web Service's path) is stripped. The request is checked with the same
rules the mock answers 400 by (`ibkr_webapi.mock.request_rules`: required parameters, values
against their schemas, the JSON body against its schema), so a request the contract would
refuse is a violation. The response goes through `findings.check_response`; a body that is
not JSON is a violation unless the contract declares its media type for that status.

Example:
    >>> from ibkr_webapi.contract.traffic import HttpExchange
    >>> checker = ExchangeChecker()
    >>> url = "https://localhost:5000/v1/api/portfolio/accounts"
    >>> exchange = HttpExchange("a.har#0", "GET", url, 200, "application/json", [])
    >>> checker.check(exchange).operation, checker.check(exchange).rows
    ('get_portfolio_accounts', ())
    >>> server_prefixes(effective_spec())
    ('/AccountManagement/FlexWebService', '/v1/api')
    >>> bad = HttpExchange("b.json", "GET", "/portfolio/U1/positions/notanumber", 200,
    ...                    "application/json", [], query_complete=False)
    >>> [(r.part, r.kind, r.message) for r in checker.check(bad).rows]
    [('request', 'violation', "pageId: 'notanumber' is not of type 'integer'")]
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from ibkr_webapi.contract.findings import check_response, installed_contract
from ibkr_webapi.contract.results import Checked, Row
from ibkr_webapi.contract.traffic import HttpExchange
from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.request_rules import RequestRules, coerce
from ibkr_webapi.routes import OperationRouter
from ibkr_webapi.spec import Operation, effective_spec, operation


def server_prefixes(spec: Any) -> tuple[str, ...]:
    """The path part of every server URL of the contract, longest first (``/v1/api``)."""
    urls = {server["url"] for server in spec.get("servers", [])}
    for item in spec.get("paths", {}).values():
        # Servers may be overridden on a path item (the Flex Web Service) or an operation.
        for node in (item, *(value for value in item.values() if isinstance(value, dict))):
            urls |= {server["url"] for server in node.get("servers", [])}
    paths = {urlsplit(url).path.rstrip("/") for url in urls}
    return tuple(sorted((p for p in paths if p), key=len, reverse=True))


class ExchangeChecker:
    """Checks exchanges against the installed contract (routes and rules built once)."""

    def __init__(self) -> None:
        self.router = OperationRouter("")
        self.prefixes = server_prefixes(effective_spec())
        self.rules = RequestRules()

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        """The operationId and path parameters of METHOD `path` (with or without prefix)."""
        for prefix in self.prefixes:
            if path.startswith(prefix + "/"):
                found = self.router.match(method, path[len(prefix):])
                if found is not None:
                    return found
        return self.router.match(method, path)

    def check(self, exchange: HttpExchange) -> Checked:
        label = f"{exchange.method} {exchange.path}"
        found = self.match(exchange.method, exchange.path)
        if found is None:
            row = Row(label, exchange.source, label, "request", "unknown_operation", "",
                      "no operation of the contract has this method and path")
            return Checked(label, exchange.source, label, (row,))
        operation_id, raw_params = found
        op = operation(operation_id)
        # A recording that kept only the template ("/portfolio/{accountId}/...") has no values.
        params = {name: unquote(value) for name, value in raw_params.items()
                  if not (value.startswith("{") and value.endswith("}"))}
        rows = [Row(operation_id, exchange.source, label, part, kind, path, message)
                for part, kind, path, message in [*self._request(op, params, exchange),
                                                  *self._response(op, exchange)]]
        return Checked(operation_id, exchange.source, label, tuple(rows))

    def _request(self, op: Operation, params: dict[str, str],
                 exchange: HttpExchange) -> list[tuple[str, str, str, str]]:
        found = []
        if exchange.query_complete:
            try:
                self.rules.check_parameters(op, params, exchange.query_params)
            except ApiError as refused:
                found.append(("request", "violation", "", _reason(refused)))
        else:
            found += [("request", "violation", "", problem)
                      for problem in self._value_problems(op, params, exchange.query_params)]
        if exchange.request_body is not None:
            try:
                self.rules.body(op, exchange.request_body)
            except ApiError as refused:
                reason = _reason(refused)
                where = reason.split(":", 1)[0] if reason.startswith("body") else ""
                found.append(("request", "violation", "$" + where[4:], reason))
        return found

    def _value_problems(self, op: Operation, params: dict[str, str],
                        query: dict[str, str]) -> list[str]:
        """The values a recording kept, for recordings that may have left some out."""
        validator = installed_contract().validator
        problems = []
        for parameter in self.rules.parameters(op):
            values = {"path": params, "query": query}.get(parameter.location, {})
            raw = values.get(parameter.name)
            if raw is None:
                continue
            schema, _ = validator.deref(parameter.schema)
            found = [validator.problems(parameter.schema_pointer, value)
                     for value in (coerce(raw, schema), raw)]
            if all(found):
                problems.append(f"{parameter.name}: {found[0][0].message}")
        return problems

    def _response(self, op: Operation, exchange: HttpExchange) -> list[tuple[str, str, str, str]]:
        if exchange.json_body:
            return [("response", f.kind, f.path, f.message)
                    for f in check_response(op.operation_id, exchange.status, exchange.body)]
        media = exchange.content_type.split(";")[0].strip().lower()
        declared = _declared_content(op, exchange.status)
        if declared is None or (exchange.body is None and not declared):
            return []  # a status the contract declares without content, or no body at all
        if media in declared:
            return []
        what = f"a {media} body" if exchange.body is not None else "an empty body"
        message = (f"status {exchange.status} answered {what}; the contract declares "
                   f"{', '.join(declared) or 'no content'}")
        return [("response", "violation", "$", message)]


def _declared_content(op: Operation, status: int) -> list[str] | None:
    """The media types declared for `status` (via its range too), or None if undeclared."""
    contract = installed_contract()
    responses = op.definition.get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response, _ = contract.validator.deref(responses[key])
            return sorted(response.get("content") or {})
    return None


def _reason(refused: ApiError) -> str:
    return str(refused).split(": ", 1)[-1].removeprefix("Bad Request: ")

