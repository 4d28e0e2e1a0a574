#!/usr/bin/env python3
"""All or nothing on disk: kill -9 a build at random instants and check, after each kill, that Output/ is exactly
the previous report or exactly the new one; then that the next build removes every leftover and writes the new one.

    kill-check.py ASSAY ASSAY_SYNTH [KILLS]

Two contents A and B (B: another seed, so most pages change) are built once each into reference folders. Each round
restores Output/ to A, starts a build of B into it (incremental through the cache, or --clean, in turn), kills it
with SIGKILL after a random delay within the build's own duration, and compares every file of Output/ with A's and
B's. Rounds where the build had already finished count as kills after the end, and are reported apart.
"""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def digests(folder):
    result = {}
    for root, folders, files in os.walk(folder):
        folders.sort()
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                result[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return result


def leftovers(work):
    return sorted(n for n in os.listdir(work) if n.startswith("Output.tmp-") or n.startswith("Output.old-")
                  or n == "Output.exchange")


def main():
    assay, synth = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    kills = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    rng = random.Random(20261203)
    with tempfile.TemporaryDirectory() as work:
        def build(content, output, *extra):
            subprocess.run([assay, "build", "-q", "--draws", "0", "-c", content, "-o", output,
                            "--cache", os.path.join(work, "cache-" + os.path.basename(output))] + list(extra),
                           check=True, cwd=work)

        # A binary without a built-in theme (an older assay, to see this check fail) reads Templates/ from here.
        if os.environ.get("KILL_CHECK_TEMPLATES"):
            shutil.copytree(os.environ["KILL_CHECK_TEMPLATES"], os.path.join(work, "Templates"))
        a, b = os.path.join(work, "content-a"), os.path.join(work, "content-b")
        for folder, seed in ((a, "1"), (b, "2")):
            subprocess.run([synth, folder, "--options", "300", "--actors", "2", "--paragraphs", "60", "--seed", seed],
                           check=True, stdout=subprocess.DEVNULL)
        build(a, os.path.join(work, "reference-a"))
        build(b, os.path.join(work, "reference-b"))
        old, new = digests(os.path.join(work, "reference-a")), digests(os.path.join(work, "reference-b"))
        assert old != new
        output = os.path.join(work, "Output")
        # The state every round starts from: Output/ holds A, and the cache says so.
        shutil.rmtree(output, ignore_errors=True)
        build(a, output)
        pristine = os.path.join(work, "pristine")
        shutil.copytree(output, pristine, symlinks=True)
        cache_backup = os.path.join(work, "pristine-cache-folder")
        shutil.copytree(os.path.join(work, "cache-Output"), cache_backup)

        def restore():
            shutil.rmtree(output, ignore_errors=True)
            shutil.copytree(pristine, output, symlinks=True)
            shutil.rmtree(os.path.join(work, "cache-Output"), ignore_errors=True)
            shutil.copytree(cache_backup, os.path.join(work, "cache-Output"))

        # How long each kind of build of B takes here, to draw kill instants within it.
        durations = {}
        for mode in ([], ["--clean"]):
            restore()
            started = time.monotonic()
            build(b, output, *mode)
            durations[tuple(mode)] = time.monotonic() - started
        counts = {"old": 0, "new": 0, "finished": 0}
        failures = []
        for round_number in range(kills):
            restore()
            mode = ["--clean"] if round_number % 2 else []
            duration = durations[tuple(mode)]
            # Half the kills anywhere in the build, half near its end, where the new report takes the old one's place.
            delay = rng.uniform(0.0, duration) if round_number % 4 < 2 else rng.uniform(0.7 * duration, 1.6 * duration)
            process = subprocess.Popen([assay, "build", "-q", "--draws", "0", "-c", b, "-o", output,
                                        "--cache", os.path.join(work, "cache-Output")] + mode, cwd=work,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            finished = process.poll() is not None
            if not finished:
                process.send_signal(signal.SIGKILL)
            process.wait()
            now = digests(output) if os.path.isdir(output) else None
            kind = "incremental" if not mode else "clean"
            if now == old:
                counts["old"] += 1
            elif now == new:
                counts["finished" if finished else "new"] += 1
            else:
                changed = sorted(p for p in set(old) | set(new) | set(now or {}) if (now or {}).get(p) not in (old.get(p), new.get(p))
                                 or (now or {}).get(p) is None)
                failures.append(f"round {round_number} ({kind}, killed at {delay:.3f} s): Output/ is neither report; "
                                f"{'no Output/' if now is None else str(len(changed)) + ' files differ, e.g. ' + ', '.join(changed[:3])}")
            # The next build finishes the work and leaves nothing behind.
            build(b, output)
            if digests(output) != new:
                failures.append(f"round {round_number} ({kind}): the build after the kill did not write the new report")
            if leftovers(work):
                left = leftovers(work)
                failures.append(f"round {round_number} ({kind}): {len(left)} leftovers after the next build, e.g. {left[:2]}")
            hidden = [p for p in digests(output) if os.path.basename(p).startswith(".assay-")]
            if hidden:
                failures.append(f"round {round_number} ({kind}): temporary files left in Output/: {hidden[:3]}")
        for failure in failures:
            print("kill check: " + failure)
        print(f"kill check: {kills} kills at random instants of builds of {durations[()]:.2f} s (incremental) and "
              f"{durations[('--clean',)]:.2f} s (clean), in turn: "
              f"Output/ was the old report {counts['old']} times, the new one {counts['new']} times, "
              f"and {counts['finished']} builds had finished; {len(failures)} failed")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
