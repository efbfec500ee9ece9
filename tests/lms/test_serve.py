"""`manage.py serve` (what `make run` ends with): web server and task cluster
start together, and one Ctrl-C stops both, leaving no process behind."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def descendants(pid: int) -> set[int]:
    out = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True).stdout
    children: dict[int, list[int]] = {}
    for line in out.splitlines():
        child, parent = (int(x) for x in line.split())
        children.setdefault(parent, []).append(child)
    found, stack = set(), [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="process inspection uses Linux ps")
def test_one_interrupt_stops_server_and_cluster(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        Q_WORKERS="1",
    )
    manage = [sys.executable, "manage.py"]
    subprocess.run(
        [*manage, "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = free_port()
    serve = subprocess.Popen(
        [*manage, "serve", f"127.0.0.1:{port}", "--no-demo-banner"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the web server did not answer within 60 s")
        time.sleep(1)
        children = descendants(serve.pid)
        commands = subprocess.run(
            ["ps", "-o", "args=", "-p", ",".join(map(str, children))],
            capture_output=True,
            text=True,
        ).stdout
        assert "runserver" in commands and "qcluster" in commands

        serve.send_signal(signal.SIGINT)
        output, _ = serve.communicate(timeout=40)
        assert "Stopping the web server and the task cluster" in output
        time.sleep(0.5)
        alive = [pid for pid in children if Path(f"/proc/{pid}").exists()]
        assert alive == [], f"left running: {alive}"
    finally:
        if serve.poll() is None:
            serve.kill()
