"""What the TCP clients of the live tests share: the node's address from the command line
(ADDR%TAP PORT) and a connection to it."""
import socket, sys


def target():
    """(host, port, flowinfo, scope id) of the node, from argv[1] (ADDR%TAP) and argv[2]."""
    host, scope = sys.argv[1].split("%")
    return (host, int(sys.argv[2]), 0, socket.if_nametoindex(scope))


def connect(to, timeout=3):
    c = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    c.settimeout(timeout)
    c.connect(to)
    return c
