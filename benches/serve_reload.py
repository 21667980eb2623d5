#!/usr/bin/env python3
"""Edit-to-reload time of a preview server: edit a capsule's text on disk, then fetch its page
every 2 ms until the new text is served. The same measure for `vigie serve` and `hugo server`.

    serve_reload.py NAME URL FILE [RUNS] -- SERVER COMMAND...

Starts the server, waits for URL to answer, edits FILE RUNS times (default 7) with a new
marker each time and prints the median and best times in milliseconds.
"""
import statistics
import subprocess
import sys
import time
import urllib.request


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return ""


def main():
    split = sys.argv.index("--")
    name, url, file = sys.argv[1:4]
    runs = int(sys.argv[4]) if split > 4 else 7
    command = sys.argv[split + 1:]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        while "<html" not in fetch(url).lower():
            if time.monotonic() - started > 600:
                sys.exit(f"{name}: {url} never answered")
            time.sleep(0.05)
        ready = time.monotonic() - started
        time.sleep(3)  # let background work (leaflets, Hugo's first render) settle
        original = open(file, encoding="utf-8").read()
        times = []
        for run in range(runs):
            marker = f"Modification {run} {time.time_ns()}"
            with open(file, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + f"\n\n{marker}\n")
            edited = time.monotonic()
            while marker not in fetch(url):
                if time.monotonic() - edited > 60:
                    sys.exit(f"{name}: the edit never showed")
                time.sleep(0.002)
            times.append((time.monotonic() - edited) * 1000)
            time.sleep(1)
        with open(file, "w", encoding="utf-8") as f:
            f.write(original)
        print(f"{name}: ready in {ready:.1f} s; edit to new page: median {statistics.median(times):.0f} ms, "
              f"best {min(times):.0f} ms, worst {max(times):.0f} ms over {runs} edits ({' '.join(f'{t:.0f}' for t in times)})")
    finally:
        server.terminate()
        server.wait()


main()
