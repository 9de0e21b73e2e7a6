#!/usr/bin/env python3
"""RAMP gateway relay, run inside the agent's container, which has no network but loopback.

Listens on 127.0.0.1:PORT and forwards every connection to the RAMP gateway's Unix socket, mounted
into the container, so that agent programs can use OPENAI_BASE_URL=http://127.0.0.1:PORT/v1.
Python 3 standard library only. Prints one line "relay listening on 127.0.0.1:PORT -> SOCKET" to
standard output once it accepts connections (PORT is the real port when --port is 0).

    python3 relay.py --socket /ramp/gateway.sock --port 8080
"""
import argparse
import socket
import sys
import threading

BUFFER = 64 * 1024


def pump(source, target, ended):
    """Copies until source ends, then half-closes target; the second direction to end closes both."""
    try:
        while True:
            data = source.recv(BUFFER)
            if not data:
                break
            target.sendall(data)
        target.shutdown(socket.SHUT_WR)
    except OSError:
        ended.append(True)
    ended.append(True)
    if len(ended) >= 2:
        for end in (source, target):
            try:
                end.close()
            except OSError:
                pass


def serve(client, socket_path):
    gateway = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        gateway.connect(socket_path)
    except OSError as error:
        print("relay: cannot reach the gateway at %s: %s" % (socket_path, error), file=sys.stderr, flush=True)
        gateway.close()
        client.close()
        return
    ended = []
    threading.Thread(target=pump, args=(gateway, client, ended), daemon=True).start()
    pump(client, gateway, ended)


def main():
    parser = argparse.ArgumentParser(description="Forwards 127.0.0.1:PORT to the RAMP gateway's Unix socket.")
    parser.add_argument("--socket", required=True, help="the gateway's Unix socket file")
    parser.add_argument("--port", type=int, default=8080, help="loopback port to listen on (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    args = parser.parse_args()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((args.host, args.port))
    server.listen(64)
    print("relay listening on %s:%d -> %s" % (args.host, server.getsockname()[1], args.socket), flush=True)
    try:
        while True:
            client, _ = server.accept()
            threading.Thread(target=serve, args=(client, args.socket), daemon=True).start()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
