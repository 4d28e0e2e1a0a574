#!/usr/bin/env python3
"""assay serve under 100 clients reading an 8.8 MB page at about 2 KB/s: the server's resident memory, and how long
ordinary requests take meanwhile (median and maximum of 20). A benchmark line, not a test: times on a shared machine.

    serve_slow_readers.py ASSAY CONTENT TEMPLATES WORK
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time

CLIENTS = 100


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def get(port, path):
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return time.monotonic() - started, data


def main():
    assay, content, templates, work = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copytree(content, os.path.join(work, "Content"))
    shutil.copytree(templates, os.path.join(work, "Templates"))
    paragraph = "<p>" + "A paragraph of a very long page. " * 30 + "</p>\n"
    with open(os.path.join(work, "Templates", "big.html"), "w") as f:
        f.write("<!DOCTYPE html><html lang=\"en\"><head><title>Big</title></head><body>\n")
        f.write(paragraph * (int(8.8 * 1024 * 1024) // len(paragraph)))
        f.write("</body></html>\n")
    server = subprocess.Popen([assay, "serve", "--port", "0", "--draws", "0", "-q"], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in server.stdout:
            if line.startswith("Serving Output/ at http://127.0.0.1:"):
                port = int(line.split(":")[2].split("/")[0])
                break
        time.sleep(1.5)  # the first build
        stop = threading.Event()
        peak = [resident_mb(server.pid)]
        before = peak[0]

        def slow_reader():
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.connect(("127.0.0.1", port))
            s.sendall(b"GET /big.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            while not stop.is_set():
                try:
                    if not s.recv(2048):
                        break
                except OSError:
                    break
                time.sleep(1.0)
            s.close()

        readers = [threading.Thread(target=slow_reader, daemon=True) for _ in range(CLIENTS)]
        for reader in readers:
            reader.start()
        time.sleep(2)
        times, failed = [], 0
        for _ in range(20):
            try:
                elapsed, data = get(port, "/index.html")
                ok = b" 200 " in data.split(b"\r\n", 1)[0]
            except OSError:
                elapsed, ok = 10.0, False
            failed += 0 if ok else 1
            times.append(elapsed * 1000)
            peak.append(resident_mb(server.pid))
            time.sleep(0.1)
        stop.set()
        print(f"serve under {CLIENTS} slow readers of an 8.8 MB page: resident memory {before:.0f} MB before, "
              f"{max(peak):.0f} MB at most; GET /index.html median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms (20 requests, {failed} not answered within 10 s)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
