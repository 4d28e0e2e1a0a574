#!/usr/bin/env python3
"""Fails when a whole build grows faster than linearly in the number of options.

Builds synthetic content with every feature whose cost grows with the content (several actors, low-confidence
vetoes, figures with ranges, stated rankings with ties and pairs, expectations, and a recorded revision with changes
pending against it) at N, 2N and 4N options, and counts the instructions of each build with callgrind: a count that
machine noise cannot move. The fixed cost of a build cancels in the differences: with I(n) the count at n options,
a linear build has (I(4N) - I(2N)) / (I(2N) - I(N)) = 2, a quadratic one tends to 4. Over LIMIT fails.

    growth-check.py ASSAY ASSAY_SYNTH [N] [COMMAND]

COMMAND is `build` (default) or `check`: `assay check` runs every stage a build runs but the writing.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

LIMIT = 2.3
ACTORS = 3
DRAWS = 200


def content(synth, assay, folder, options):
    """Content of `options` options with a revision recorded, then changed, so revisions have something to say."""
    subprocess.run([synth, folder, "--options", str(options), "--actors", str(ACTORS), "--paragraphs", "60",
                    "--features", "all"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([assay, "snapshot", "-c", folder, "--date", "2026-01-01", "--note", "The first reading."],
                   check=True, stdout=subprocess.DEVNULL)
    # Another seed changes every judgement: the largest set of changes a revision can list.
    subprocess.run([synth, folder, "--options", str(options), "--actors", str(ACTORS), "--paragraphs", "60",
                    "--features", "all", "--seed", "43"], check=True, stdout=subprocess.DEVNULL)


def instructions(assay, command, folder, scratch):
    out = os.path.join(scratch, "callgrind.out")
    arguments = [assay, command, "-c", folder, "-o", os.path.join(scratch, "Output"), "--cache", os.path.join(scratch, "cache")]
    if command == "build":
        arguments += ["-q", "--clean", "--draws", str(DRAWS)]
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + arguments,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8", errors="replace") as f:
        for line in f:
            match = re.match(r"(?:summary|totals):\s+(\d+)", line)
            if match:
                return int(match.group(1))
    raise SystemExit("growth check: callgrind wrote no total")


def main():
    assay, synth = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    command = sys.argv[4] if len(sys.argv) > 4 else "build"
    if shutil.which("valgrind") is None:
        raise SystemExit("growth check: valgrind is not installed (Debian package valgrind)")
    counts = {}
    with tempfile.TemporaryDirectory() as scratch:
        # Without its debug information: valgrind 3.19 cannot read the DWARF 5 of the statically linked Swift runtime,
        # and instruction counts do not depend on it.
        stripped = os.path.join(scratch, "assay")
        subprocess.run(["strip", "--strip-debug", "-o", stripped, assay], check=True)
        assay = stripped
        for options in (n, 2 * n, 4 * n):
            folder = os.path.join(scratch, f"content-{options}")
            content(synth, assay, folder, options)
            counts[options] = instructions(assay, command, folder, scratch)
            print(f"growth check: assay {command} at {options:>5} options: {counts[options]:>15,} instructions "
                  f"({counts[options] // options:,} per option)")
    first, second = counts[2 * n] - counts[n], counts[4 * n] - counts[2 * n]
    ratio = second / first if first > 0 else float("inf")
    print(f"growth check: ({4 * n} - {2 * n}) / ({2 * n} - {n}) options' instructions = {ratio:.2f} "
          f"(2.00 is linear, 4.00 quadratic; limit {LIMIT})")
    if ratio > LIMIT:
        print(f"growth check: FAILED: assay {command} grows faster than linearly in the options")
        sys.exit(1)
    print("growth check: linear")


if __name__ == "__main__":
    main()
