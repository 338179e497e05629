#!/usr/bin/env python3
"""Drives `coursec serve` and Debian's headless Chromium together, for the
preview's browser test and for `make bench`.

It starts the server command given (which prints the address it serves),
starts Chromium with the DevTools protocol over a pipe (file descriptors 3
and 4: no port, no WebSocket library), runs the steps of a JSON file and
writes a JSON report: values read from pages and timings. Only the Python
standard library is used.

Steps (`{base}` in a url is the server's address, e.g. http://127.0.0.1:41234/):
  {"do": "navigate", "url": "{base}curso/…"}            open a page, wait for its load event
  {"do": "eval", "name": "n", "expression": "js"}         record the value of an expression
  {"do": "waitFor", "name": "n", "expression": "js", "timeout": 20}
                                                          poll until the expression is truthy
  {"do": "write", "name": "n", "path": "/abs", "content": "…", "reload": true}
                                                          write a file (as an editor does: a new file
                                                          renamed over the old one when "rename" is
                                                          true; "append": "…" instead of "content"
                                                          adds to what the file holds); with
                                                          "reload", wait for the page's next load
                                                          event and record the seconds from the
                                                          write to it as timing n (a list: one per
                                                          write)

With --summary LABEL it prints one Markdown table row per timing instead:
`| LABEL name | median s | max s | runs |` (LABEL alone when there is one
timing; for `make bench`).

Run it inside `unshare -n` with --loopback-up: the namespace's loopback is
brought up here (an ioctl, no iproute2), and neither the server nor the
browser can reach anything outside it.
"""
import argparse
import fcntl
import json
import os
import re
import select
import socket
import struct
import subprocess
import sys
import tempfile
import time


def loopback_up():
    """Brings `lo` up in a new network namespace (SIOCGIFFLAGS/SIOCSIFFLAGS)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    request = struct.pack("16sH14s", b"lo", 0, b"")
    flags = struct.unpack("16sH14s", fcntl.ioctl(sock, 0x8913, request))[1]
    fcntl.ioctl(sock, 0x8914, struct.pack("16sH14s", b"lo", flags | 0x1, b""))
    sock.close()


class Browser:
    """Chromium with --remote-debugging-pipe: JSON messages ending in NUL."""

    def __init__(self, chromium, profile):
        to_child_read, self.to_child = os.pipe()
        self.from_child, from_child_write = os.pipe()

        def wire():
            # Copies first: either end may already be 3 or 4, and dup2 onto
            # itself would leave it close-on-exec.
            read_end, write_end = os.dup(to_child_read), os.dup(from_child_write)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        arguments = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile,
                     "--remote-debugging-pipe", "--window-size=1024,768", "about:blank"]
        self.process = subprocess.Popen(arguments, preexec_fn=wire, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_read)
        os.close(from_child_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self.receive(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self.from_child], [], [], left)
            if ready:
                chunk = os.read(self.from_child, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_event(self, method, timeout):
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    del self.events[index]
                    return event
            self.events.append(self.receive(deadline))

    def attach(self):
        targets = self.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_server(command):
    """Starts `coursec serve` and reads the address it prints."""
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], 1)
        if ready:
            chunk = os.read(server.stdout.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
            match = re.search(rb"http://[^\s/]+/", seen)
            if match:
                return server, match.group(0).decode(), seen
    server.kill()
    raise RuntimeError("the server printed no address:\n" + seen.decode(errors="replace"))


def write_file(path, content, rename):
    data = content.encode()
    if rename:
        folder = os.path.dirname(path)
        descriptor, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    else:
        with open(path, "wb") as handle:
            handle.write(data)


def run(steps, browser, base, report):
    for step in steps:
        kind = step["do"]
        if kind == "navigate":
            browser.events.clear()
            browser.send("Page.navigate", {"url": step["url"].replace("{base}", base)})
            browser.wait_event("Page.loadEventFired", step.get("timeout", 60))
        elif kind == "eval":
            report["values"][step["name"]] = browser.evaluate(step["expression"])
        elif kind == "waitFor":
            deadline = time.monotonic() + step.get("timeout", 20)
            value = None
            while time.monotonic() < deadline:
                try:
                    value = browser.evaluate(step["expression"])
                except RuntimeError:
                    value = None  # the page is reloading
                if value:
                    break
                time.sleep(0.05)
            report["values"][step["name"]] = value
        elif kind == "write":
            browser.events = [e for e in browser.events if e.get("method") != "Page.loadEventFired"]
            content = step.get("content")
            if content is None:
                with open(step["path"], encoding="utf-8") as handle:
                    content = handle.read() + step["append"]
            started = time.monotonic()
            write_file(step["path"], content, step.get("rename", False))
            if step.get("reload"):
                browser.wait_event("Page.loadEventFired", step.get("timeout", 60))
                report["timings"].setdefault(step["name"], []).append(time.monotonic() - started)
        elif kind == "sleep":
            time.sleep(step["seconds"])
        else:
            raise ValueError("unknown step " + kind)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--steps", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--loopback-up", action="store_true")
    parser.add_argument("--summary", metavar="LABEL")
    parser.add_argument("serve", nargs=argparse.REMAINDER, help="-- the server command")
    arguments = parser.parse_args()
    command = arguments.serve[1:] if arguments.serve[:1] == ["--"] else arguments.serve
    if arguments.loopback_up:
        loopback_up()
    with open(arguments.steps) as handle:
        steps = json.load(handle)
    report = {"values": {}, "timings": {}, "error": None, "server": ""}
    server, base, seen = start_server(command)
    report["base"] = base
    profile = tempfile.mkdtemp(prefix="coursec-preview-profile-")
    browser = None
    try:
        browser = Browser(arguments.chromium, profile)
        browser.attach()
        run(steps, browser, base, report)
    except Exception as error:  # reported, for the test to show
        report["error"] = "%s: %s" % (type(error).__name__, error)
    finally:
        if browser:
            browser.close()
        server.terminate()
        try:
            output, _ = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
        report["server"] = (seen + (output or b"")).decode(errors="replace")[-20000:]
        subprocess.run(["rm", "-rf", profile])
    with open(arguments.report, "w") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=1)
    if arguments.summary:
        if report["error"]:
            print("| %s | failed: %s | | |" % (arguments.summary, report["error"]))
        for name, values in sorted(report["timings"].items()):
            ordered = sorted(values)
            middle = len(ordered) // 2
            median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
            label = arguments.summary if len(report["timings"]) == 1 else arguments.summary + " " + name
            print("| %s | %.3f | %.3f | %d |" % (label, median, ordered[-1], len(ordered)))
    return 0 if report["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main())
