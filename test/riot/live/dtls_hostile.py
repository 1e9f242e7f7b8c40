#!/usr/bin/env python3
"""Hostile DTLS peers against examples/dtls-echo on a RIOT node, each followed by a legitimate
`openssl s_client` that must get its line back:
  - lockout: two 26-byte datagrams that look like ClientHellos, from two source ports;
  - killed: two s_client sessions that finish their handshake and are killed (SIGKILL, no
    close_notify); a client right after them, and one after the firmware's idle reset.
Prints one JSON object with what each client got.
Usage: dtls_hostile.py ADDR%TAP PORT IDLE_SECONDS"""
import json, os, signal, socket, subprocess, sys, time

addr, port, idle = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
host, scope = addr.split("%")
target = (host, port, 0, socket.if_nametoindex(scope))
CMD = ["openssl", "s_client", "-dtls1_2", "-psk", b"secretPSK".hex(), "-psk_identity", "Client_identity",
       "-cipher", "PSK-AES128-CCM8@SECLEVEL=0", "-connect", f"[{addr}]:{port}", "-quiet"]


def served(line):
    """A legitimate client: true if its line comes back within 6 s."""
    p = subprocess.Popen(CMD, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        p.stdin.write((line + "\n").encode())
        p.stdin.flush()
    except BrokenPipeError:  # s_client gave up: no session
        p.wait()
        return False
    deadline = time.time() + 5
    got = b""
    os.set_blocking(p.stdout.fileno(), False)
    while time.time() < deadline and line.encode() not in got:
        time.sleep(0.1)
        try:
            got += p.stdout.read() or b""
        except (BlockingIOError, TypeError):
            pass
    p.kill()
    p.wait()
    return line.encode() in got


def hello_like(n):
    """13-byte record header, 12-byte handshake header, one byte of body: 26 bytes."""
    hs = bytes([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, n])
    return bytes([22, 0xfe, 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, len(hs)]) + hs


result = {}
strangers = [socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) for _ in range(2)]
for i, s in enumerate(strangers):
    s.sendto(hello_like(i), target)
time.sleep(0.5)
result["served_after_two_hellos"] = served("after the hellos")
for s in strangers:
    s.close()

killed = []
for _ in range(2):
    p = subprocess.Popen(CMD, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)  # the handshake is done
    killed.append(p)
for p in killed:
    p.send_signal(signal.SIGKILL)
    p.wait()
result["served_right_after_kills"] = served("right after")
time.sleep(idle + 2)
result["served_after_idle_reset"] = served("after the reset")
print(json.dumps(result, sort_keys=True))
