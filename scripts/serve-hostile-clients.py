#!/usr/bin/env python3
"""Hostile clients for measuring `creditcity serve` under load (docs/serve.md).

Usage: scripts/serve-hostile-clients.py PORT SECONDS

For SECONDS: 200 slowloris clients that each send half a request head and then one byte a second,
two clients that send 50 MB header fields and two that send endless request lines, each starting
again after it is refused. Run wrk against the same port meanwhile and compare with a run without
them. At the end it prints how many slow clients were still connected (the server drops a head not
finished within 10 s) and the status lines the oversized clients got.
"""
import socket
import sys
import threading
import time


def main():
    port, seconds = int(sys.argv[1]), float(sys.argv[2])
    end = time.time() + seconds
    held = []
    for _ in range(200):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        held.append(s)
    answers = []

    def flood(head):
        while time.time() < end:
            s = socket.create_connection(("127.0.0.1", port))
            try:
                s.sendall(head)
                for _ in range(800):  # 800 × 64 KiB = 50 MB
                    s.sendall(b"x" * 65536)
            except OSError:
                pass
            try:
                answers.append(s.recv(64).split(b"\r\n")[0].decode("latin-1"))
            except OSError as e:
                answers.append(type(e).__name__)
            s.close()

    threads = [threading.Thread(target=flood, args=(head,))
               for head in (b"GET / HTTP/1.1\r\nX-Huge: ", b"GET / HTTP/1.1\r\nX-Huge: ", b"GET /", b"GET /")]
    for t in threads:
        t.start()
    while time.time() < end:
        for s in list(held):
            try:
                s.send(b"a")
            except OSError:
                held.remove(s)
        time.sleep(1)
    for t in threads:
        t.join()
    print("slow clients still connected:", len(held))
    print("oversized clients refused:", len(answers), "with", sorted(set(answers)))


if __name__ == "__main__":
    main()
