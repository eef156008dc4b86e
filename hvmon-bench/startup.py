#!/usr/bin/env python3
"""Start to first 200 on /healthz, by hand: runs COMMAND (which must serve on PORT) RUNS times, polls /healthz every
2 ms from the moment the process is spawned, stops it with SIGTERM, prints each figure and their spread. Several
commands, separated by '--', are run in turn (A B A B ...), so that a machine's drifting load weighs on each alike.

    hvmon-bench/startup.py [--runs 5] [--port 20599] -- ./hvmon demo --port 20599
    hvmon-bench/startup.py --runs 11 -- java -jar old.jar serve --config c.json -- java -jar new.jar serve --config c.json

Not a benchmark suite: a quick, honest figure on the machine at hand (timing is never asserted in tests)."""
import argparse
import signal
import socket
import statistics
import subprocess
import sys
import time


def healthz(port, opened):
    """Asks /healthz once: True on a 200. Notes in opened[0] when the port first accepted a connection."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            if opened[0] is None:
                opened[0] = time.monotonic()
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def rss_mb(pid):
    """Resident set of the process, in MB (Linux)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one_run(command, port, timeout):
    start = time.monotonic()
    opened = [None]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not healthz(port, opened):
            if process.poll() is not None:
                sys.exit(f"the command exited with {process.returncode} before /healthz answered")
            if time.monotonic() - start > timeout:
                sys.exit(f"no 200 on /healthz within {timeout} s")
            time.sleep(0.002)
        elapsed = (time.monotonic() - start) * 1000
        rss = rss_mb(process.pid)
        return elapsed, (opened[0] - start) * 1000, rss
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
        if code != 0:
            print(f"  (exit code {code} after SIGTERM)", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--port", type=int, default=20599)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    commands = [[]]
    for word in args.command:
        if word == "--":
            if commands[-1]:
                commands.append([])
        else:
            commands[-1].append(word)
    commands = [command for command in commands if command]
    if not commands:
        parser.error("give the command after --")
    times = {i: [] for i in range(len(commands))}
    for run in range(args.runs):
        for i, command in enumerate(commands):
            elapsed, opened, rss = one_run(command, args.port, args.timeout)
            times[i].append(elapsed)
            label = f"command {i + 1} " if len(commands) > 1 else ""
            print(f"{label}run {run + 1}: {elapsed:.0f} ms to the first 200 on /healthz (port open at {opened:.0f} ms;"
                  f" RSS then {rss:.0f} MB)")
    for i, command in enumerate(commands):
        if len(commands) > 1:
            print(f"command {i + 1}: {' '.join(command)}")
        print(f"median {statistics.median(times[i]):.0f} ms, min {min(times[i]):.0f}, max {max(times[i]):.0f}"
              f" ({args.runs} runs)")


if __name__ == "__main__":
    main()
