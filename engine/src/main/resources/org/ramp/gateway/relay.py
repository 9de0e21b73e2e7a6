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
import time

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
    if not start(pump, gateway, client, ended):
        gateway.close()
        client.close()
        return
    pump(client, gateway, ended)


def start(target, *args):
    """Starts a thread; False when none can start (the container's processes are used up): the relay lives on."""
    try:
        threading.Thread(target=target, args=args, daemon=True).start()
        return True
    except RuntimeError as error:
        print("relay: cannot start a thread: %s" % error, file=sys.stderr, flush=True)
        return False


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
            try:
                client, _ = server.accept()
            except OSError as error:
                # out of file descriptors or memory: wait and go on, the relay must outlive what caused it
                print("relay: cannot accept: %s" % error, file=sys.stderr, flush=True)
                time.sleep(0.1)
                continue
            if not start(serve, client, args.socket):
                client.close()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
