#!/usr/bin/python3
"""Times readability-lxml (Debian python3-readability) on a list of HTML files.

Usage: readability_bench.py LIST_FILE [ROUNDS]
LIST_FILE holds one HTML path per line. All pages are read into memory first; one warm-up
round runs untimed, then ROUNDS timed rounds of Document(bytes).summary() on every page,
single-threaded. Prints one JSON line: pages, rounds, seconds, pages_per_second, failures.
"""
import json
import sys
import time

from readability import Document


def main():
    list_file = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with open(list_file, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    pages = []
    for path in paths:
        with open(path, "rb") as page:
            pages.append(page.read())

    def run():
        failures = 0
        for html in pages:
            try:
                Document(html).summary()
            except Exception:  # a page readability cannot read counts as a failure, like ours
                failures += 1
        return failures

    run()  # warm-up
    start = time.perf_counter()
    failures = 0
    for _ in range(rounds):
        failures = run()
    seconds = time.perf_counter() - start
    print(json.dumps({
        "pages": len(pages),
        "rounds": rounds,
        "seconds": seconds,
        "pages_per_second": len(pages) * rounds / seconds,
        "failures": failures,
    }))


if __name__ == "__main__":
    main()
