#!/usr/bin/env python3
"""A minimal SMTP server for the load benchmark: accepts every message and keeps only a count.

Usage: smtp_catcher.py PORT COUNT_FILE
It speaks enough SMTP for JavaMail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), answers 250 to
everything else it knows and writes the number of messages received to COUNT_FILE after each one
(so the benchmark can read it while the catcher runs). Standard library only (asyncio).
"""
import asyncio
import sys

received = 0


async def session(reader, writer):
    global received
    writer.write(b"220 bench-catcher ESMTP\r\n")
    await writer.drain()
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-bench-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                while True:
                    data = await reader.readline()
                    if not data or data == b".\r\n" or data == b".\n":
                        break
                received += 1
                with open(sys.argv[2], "w") as out:
                    out.write(str(received))
                writer.write(b"250 OK queued\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", int(sys.argv[1]), limit=1 << 20)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    with open(sys.argv[2], "w") as out:
        out.write("0")
    asyncio.run(main())
