#!/usr/bin/env python3
"""A UDP echo client for a RIOT node: waits for the node to answer, sends 50 datagrams of
1 to 128 bytes one at a time and checks each reply byte for byte, then sends one datagram
larger than the firmware's buffer (which RIOT drops, -ENOBUFS) and one more that must still
be echoed. Prints a JSON summary on stdout."""
import json
import socket
import sys
import time

addr, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.settimeout(0.5)
t0 = time.time()
while True:
    s.sendto(b"ping", (addr, port))
    try:
        s.recvfrom(2048)
        break
    except socket.timeout:
        if time.time() - t0 > 30:
            print(json.dumps({"error": "the node never answered"}))
            sys.exit(1)
first = time.time() - t0
s.settimeout(1.0)
try:
    while True:  # replies to earlier pings
        s.recvfrom(2048)
except socket.timeout:
    pass
ok = 0
wrong = 0
rtts = []
for i in range(50):
    msg = bytes((i * 7 + j) % 256 for j in range(i * 128 // 50 + 1))
    t = time.time()
    s.sendto(msg, (addr, port))
    try:
        data, _ = s.recvfrom(2048)
        rtts.append(time.time() - t)
        if data == msg:
            ok += 1
        else:
            wrong += 1
    except socket.timeout:
        pass
s.sendto(b"x" * 200, (addr, port))
try:
    s.recvfrom(2048)
    oversize_replied = True
except socket.timeout:
    oversize_replied = False
s.sendto(b"after", (addr, port))
try:
    after = s.recvfrom(2048)[0].decode()
except socket.timeout:
    after = None
print(json.dumps({"echoed": ok, "wrong": wrong, "oversize_replied": oversize_replied, "after": after,
                  "first_reply_s": round(first, 2), "rtt_ms_mean": round(1000 * sum(rtts) / max(1, len(rtts)), 2),
                  "rtt_ms_max": round(1000 * max(rtts or [0]), 2)}))
