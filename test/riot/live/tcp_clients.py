#!/usr/bin/env python3
"""Drives examples/tcp-echo on a RIOT node: clients that send right after connecting, one
after another; then 4 at once and a fifth that the full queue must close.
Prints one JSON object with what it saw. Usage: tcp_clients.py ADDR%TAP PORT"""
import json, socket, sys

addr, port = sys.argv[1], int(sys.argv[2])
host, scope = addr.split("%")
target = (host, port, 0, socket.if_nametoindex(scope))
result = {"sequential": 0, "concurrent": [], "extra_closed": False}

def connect():
    c = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    c.settimeout(5)
    c.connect(target)
    return c

for i in range(5):
    c = connect()
    msg = b"hello %d" % i
    c.sendall(msg)  # with the connection: FACTS 12.8
    got = b""
    while len(got) < len(msg):
        b = c.recv(4096)
        if not b:
            break
        got += b
    c.shutdown(socket.SHUT_WR)
    try:
        rest = c.recv(16)
    except OSError:
        rest = b""
    c.close()
    if got == msg and rest == b"":
        result["sequential"] += 1

cs = [connect() for _ in range(4)]
for i, c in enumerate(cs):
    c.sendall(b"c%d" % i)
result["concurrent"] = [c.recv(16).decode() for c in cs]
x = connect()
try:
    result["extra_closed"] = x.recv(16) == b""
except OSError:
    result["extra_closed"] = True
for c in cs + [x]:
    c.close()
print(json.dumps(result))
