"""A TCP proxy that adds a fixed delay each way, to try the application against a remote database server.

    python benchmarks/latency_proxy.py --listen 127.0.0.1:0 --to 127.0.0.1:5432 --delay-ms 5

Every chunk of bytes read from one side is written to the other ``--delay-ms`` later, in order (a chunk
read later is never written earlier), so a query that waits for its answer waits two delays more than
on the server itself. The first line printed is ``listening on HOST:PORT`` (the port chosen when 0).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    queue: asyncio.Queue = asyncio.Queue()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(send())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((time.monotonic() + delay, data))
    except (ConnectionError, OSError):
        pass
    queue.put_nowait((0.0, None))
    with contextlib.suppress(ConnectionError, OSError):
        await sender
    with contextlib.suppress(ConnectionError, OSError):
        writer.close()


async def serve(listen_host: str, listen_port: int, to_host: str, to_port: int, delay: float) -> None:
    async def handle(client_reader, client_writer) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(to_host, to_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            _pipe(client_reader, server_writer, delay), _pipe(server_reader, client_writer, delay)
        )

    server = await asyncio.start_server(handle, listen_host, listen_port)
    host, port = server.sockets[0].getsockname()[:2]
    print(f"listening on {host}:{port}", flush=True)
    async with server:
        await server.serve_forever()


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to listen on (port 0: any free)")
    parser.add_argument("--to", default="127.0.0.1:5432", help="HOST:PORT of the server")
    parser.add_argument("--delay-ms", type=float, default=5.0, help="delay added each way (default 5)")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(*_address(args.listen), *_address(args.to), args.delay_ms / 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
