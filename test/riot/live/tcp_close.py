#!/usr/bin/env python3
"""The clients of test/testing/fixtures/lwip-close.ts on a RIOT node, with the timing that
test/testing/stacks.test.ts gives them: one that connects, waits 300 ms, sends 3 bytes, waits
300 ms and closes; then one that sends 3 bytes and closes at once (nc -N). Prints whether the
second is still open a second later (lwIP never tells the program of its close).
Usage: tcp_close.py ADDR%TAP PORT"""
import socket, time
import riot_tcp

target = riot_tcp.target()

a = riot_tcp.connect(target)
time.sleep(0.3)
a.sendall(b"abc")
time.sleep(0.3)
a.shutdown(socket.SHUT_WR)
time.sleep(0.5)
a.close()

b = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
b.setblocking(False)
try:
    b.connect(target)
except BlockingIOError:
    pass
b.setblocking(True)
b.settimeout(3)
b.sendall(b"abc")   # queued with the handshake's completion, then the FIN right after
b.shutdown(socket.SHUT_WR)
time.sleep(1.0)
b.settimeout(0.2)
try:
    print("b closed" if b.recv(16) == b"" else "b got data")
except socket.timeout:
    print("b still open")
