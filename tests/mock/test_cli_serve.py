"""``ibkr-webapi mock serve``: the parser, what it prints, and serving for real over loopback."""

from __future__ import annotations

import argparse
import io
import ssl

import httpx
import pytest

from ibkr_auth import OAuth1aAuth
from ibkr_client import Client
from ibkr_client.api.session import tickle
from ibkr_webapi.mock.cli import register, run_serve
from ibkr_webapi.mock.serve import serving


def parse(*argv):
    parser = argparse.ArgumentParser(prog="ibkr-webapi")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["mock", "serve", *argv])


def test_defaults_and_options():
    defaults = parse()
    chosen = parse("--port", "9001", "--seed", "3", "--auth", "oauth", "--no-pacing",
                   "--session-open")

    assert (defaults.port, defaults.seed, defaults.auth, defaults.no_pacing) == (
        8765, 0, "gateway", False)
    assert (chosen.port, chosen.seed, chosen.auth, chosen.no_pacing, chosen.session_open) == (
        9001, 3, "oauth", True, True)


@pytest.mark.parametrize("argv", [["--port", "0"], ["--port", "70000"], ["--auth", "basic"]])
def test_bad_arguments_are_refused(argv):
    with pytest.raises(SystemExit):
        parse(*argv)


def run_captured(*argv, serve):
    out = io.StringIO()
    code = run_serve(parse(*argv), serve=serve, out=out)
    return code, out.getvalue()


def test_gateway_mode_prints_the_base_url_and_serves_the_app():
    served = []

    code, printed = run_captured("--port", "9002", serve=lambda app, port, tls: served.append(port))

    assert code == 0 and served == [9002]
    assert "at http://127.0.0.1:9002/v1/api" in printed
    assert "IBKR_OAUTH" not in printed


def environment(printed):
    lines = [line.removeprefix("export ") for line in printed.splitlines()
             if line.startswith("export ")]
    return dict(line.split("=", 1) for line in lines)


def test_oauth_mode_prints_test_only_credentials_that_work_over_loopback():
    answers = []

    def serve(app, port, tls):
        with serving(app) as origin:
            env = {**environment(printed_so_far.getvalue()),
                   "IBKR_OAUTH_BASE_URL": origin + "/v1/api"}
            auth = OAuth1aAuth.from_env(env)
            client = Client(base_url=auth.base_url, httpx_args={"auth": auth})
            answers.append(tickle.sync(client=client))

    printed_so_far = io.StringIO()
    code = run_serve(parse("--auth", "oauth", "--seed", "2"), serve=serve, out=printed_so_far)

    assert code == 0
    assert "TEST-ONLY" in printed_so_far.getvalue()
    assert len(answers) == 1 and len(answers[0].session) == 32


def test_ctrl_c_ends_serving_cleanly():
    def interrupted(app, port, tls):
        raise KeyboardInterrupt

    assert run_captured(serve=interrupted)[0] == 0


def test_the_app_serves_over_loopback():
    from ibkr_webapi.mock.app import create_app

    with serving(create_app()) as origin:
        assert httpx.post(origin + "/v1/api/tickle").status_code == 200


def test_tls_serves_https_with_a_printed_self_signed_certificate_clients_pin():
    answers = []

    def serve(app, port, tls):
        printed = out.getvalue()
        pinned = printed.split("pin it): ", 1)[1].splitlines()[0]
        assert pinned == str(tls.certificate)
        with serving(app, tls=tls) as origin:
            context = ssl.create_default_context(cafile=pinned)
            answers.append((origin, httpx.post(origin + "/v1/api/tickle", verify=context)))
            with pytest.raises(httpx.ConnectError):  # self-signed: unknown to the default CAs
                httpx.post(origin + "/v1/api/tickle")

    out = io.StringIO()
    code = run_serve(parse("--tls", "--port", "9003"), serve=serve, out=out)

    (origin, answer), = answers
    assert code == 0 and origin.startswith("https://127.0.0.1:")
    assert answer.status_code == 200 and len(answer.json()["session"]) == 32
    assert "at https://127.0.0.1:9003/v1/api" in out.getvalue()


def test_gateway_port_is_5000_and_plain_http_stays_the_default():
    served = []

    code, printed = run_captured("--gateway-port", serve=lambda app, port, tls: served.append(
        (port, tls)))

    assert code == 0 and served == [(5000, None)]
    assert "at http://127.0.0.1:5000/v1/api" in printed and "certificate" not in printed


def test_the_penalty_box_is_asked_for_on_the_command_line():
    configs = []

    run_captured("--penalty-box", serve=lambda app, port, tls: configs.append(
        app.state.mock.config))
    run_captured(serve=lambda app, port, tls: configs.append(app.state.mock.config))

    assert [config.penalty_box for config in configs] == [True, False]
