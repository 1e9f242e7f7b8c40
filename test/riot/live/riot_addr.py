#!/usr/bin/env python3
"""Prints the link-local IPv6 address of the RIOT node on a tap interface: the source of the
first IPv6 frame (router or neighbour solicitation, MLD) whose MAC is not the tap's own.
Usage (inside the network namespace): riot_addr.py TAP TIMEOUT_S"""
import socket, sys, time

tap = sys.argv[1]
deadline = time.time() + float(sys.argv[2])
own = open(f"/sys/class/net/{tap}/address").read().strip()
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
s.bind((tap, 0))
s.settimeout(0.2)
while time.time() < deadline:
    try:
        f = s.recv(2048)
    except socket.timeout:
        continue
    if f[12:14] != b"\x86\xdd" or f[6:12].hex(":") == own:
        continue
    src = socket.inet_ntop(socket.AF_INET6, f[22:38])
    if src.startswith("fe80"):
        print(src)
        sys.exit(0)
sys.exit(1)
