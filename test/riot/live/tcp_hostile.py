#!/usr/bin/env python3
"""Careless and hostile clients against examples/tcp-echo on a RIOT node with lwIP: 4 that
send and half-close at once (what `echo hi | nc -N` does), whose FIN no read reports there
(FACTS trap 10: the firmware closes on their CONN_FIN); then 4 that reset, after their echo
and during it. Prints one JSON object of what it saw.
Usage: tcp_hostile.py ADDR%TAP PORT IDLE_S"""
import json, socket, struct, sys, time
import riot_tcp

target = riot_tcp.target()
idle = float(sys.argv[3])

def connect():
    return riot_tcp.connect(target)

def read(c, n):
    got = b""
    try:
        while len(got) < n:
            b = c.recv(4096)
            if not b:
                break
            got += b
    except OSError:
        pass
    return got

def served():
    """A well-behaved client: is it echoed?"""
    try:
        c = connect()
        c.sendall(b"probe")
        ok = read(c, 5) == b"probe"
        c.close()
        return ok
    except OSError:
        return False

result = {}
# nc -N: the data and the FIN together; the echo still comes, then the client is gone
echoed = 0
for i in range(4):
    c = connect()
    c.sendall(b"n%d" % i)
    c.shutdown(socket.SHUT_WR)
    if read(c, 2) == b"n%d" % i:
        echoed += 1
    c.close()
result["half_close_echoed"] = echoed
result["served_after_half_closes"] = served()
time.sleep(idle + 2)
result["served_after_idle"] = served()
# resets: SO_LINGER 0 makes close() send RST; once after the echo came back, once right
# after sending (the RST may then meet the echo on its way)
def resets(read_first):
    for i in range(4):
        c = connect()
        c.sendall(b"r%d" % i)
        if read_first:
            read(c, 2)
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        c.close()
    time.sleep(0.5)
    return served()
result["served_after_resets_after_echo"] = resets(True)
time.sleep(idle + 2)
result["served_after_resets"] = resets(False)
time.sleep(idle + 2)
result["served_after_idle_again"] = served()
print(json.dumps(result))
