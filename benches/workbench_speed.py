#!/usr/bin/env python3
"""Response times of the workbench on a generated site: the home, a live check of one
capsule's unsaved text, and the leaflet preview of unsaved text (a new marker in the body each
time, so that no cached leaflet is reused).

    workbench_speed.py SITE_DIR [RUNS] -- VIGIE_BINARY

Starts `vigie serve` on SITE_DIR, waits for it and 3 s more, makes each request RUNS times
(default 15) and prints the median and worst times in milliseconds.
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request


def main():
    split = sys.argv.index("--")
    site = sys.argv[1]
    runs = int(sys.argv[2]) if split > 2 else 15
    vigie = sys.argv[split + 1]
    server = subprocess.Popen(
        [vigie, "--root", site, "serve", "--port", "0", "--now", "2026-11-30"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        addresses = []
        while len(addresses) < 2:
            line = server.stdout.readline()
            if not line:
                sys.exit("vigie serve stopped")
            addresses += [w for w in line.split() if w.startswith("http://")]
        base = addresses[0].rstrip("/")
        token = addresses[1].split("token=")[1]
        time.sleep(3)
        headers = {"Authorization": f"Bearer {token}", "Origin": base, "Content-Type": "application/json"}

        def call(method, path, body=None):
            data = None if body is None else json.dumps(body).encode()
            request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=60) as r:
                payload = r.read()
            return (time.perf_counter() - started) * 1000, payload

        capsules = json.loads(call("GET", "/__vigie/api/capsules")[1])["capsules"]
        slug = capsules[len(capsules) // 2]["slug"]
        languages = json.loads(call("GET", f"/__vigie/api/capsules/{slug}")[1])["languages"]

        def unsaved(run):
            edited = json.loads(json.dumps(languages))
            for translation in edited.values():
                translation["body"] += f"\n\nModification {run} {time.time_ns()}\n"
            return edited

        def measure(name, make):
            make(-1)  # the first request warms what later ones share
            times = [make(run) for run in range(runs)]
            print(f"{name}: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms over {runs} "
                  f"({' '.join(f'{t:.0f}' for t in times)})")

        print(f"{len(capsules)} capsules")
        measure("  home (GET /__vigie/edit/)", lambda run: call("GET", "/__vigie/edit/")[0])
        measure("  live check of one capsule (POST /__vigie/api/check)",
                lambda run: call("POST", "/__vigie/api/check", {"slug": slug, "languages": unsaved(run)})[0])
        measure("  leaflet preview of unsaved text (POST …/leaflet.pdf)",
                lambda run: call("POST", f"/__vigie/api/preview/{slug}/fr/leaflet.pdf", {"languages": unsaved(run)})[0])
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
