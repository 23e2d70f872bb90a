import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeFixture, startServer } from "./serve-fixture";

let port = 0;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ port, close } = await startServer(await makeFixture()));
});
afterAll(() => close());

/**
 * Sends a request's head and the first kilobyte of the large body it announces, then waits. The
 * server either closes the connection (`closedByServer`) or keeps reading for the rest of the
 * body, which never comes, until the bound gives up.
 */
function announceLargeBody(head: string): Promise<{ reply: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const finish = (closedByServer: boolean) => {
      clearTimeout(bound);
      socket.destroy();
      resolve({ reply: Buffer.concat(chunks).toString("latin1"), closedByServer });
    };
    const bound = setTimeout(() => finish(false), 3000);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => finish(true));
    socket.on("error", () => finish(true));
    socket.write(`${head}Host: localhost\r\nContent-Length: 1073741824\r\n\r\n${"x".repeat(1024)}`);
  });
}

it("a POST announcing a 1 GB body is answered 405 and its connection closed, not drained", async () => {
  const { reply, closedByServer } = await announceLargeBody("POST / HTTP/1.1\r\n");
  expect([reply.split("\r\n")[0], /\r\nConnection: close\r\n/i.test(reply), closedByServer]).toEqual([
    "HTTP/1.1 405 Method Not Allowed",
    true,
    true,
  ]);
});

it("a GET announcing a 1 GB body gets the page and its connection closed, not drained", async () => {
  const { reply, closedByServer } = await announceLargeBody("GET / HTTP/1.1\r\n");
  expect([reply.split("\r\n")[0], /\r\nConnection: close\r\n/i.test(reply), closedByServer]).toEqual([
    "HTTP/1.1 200 OK",
    true,
    true,
  ]);
});

it("a GET without a body keeps its connection open for the next request", async () => {
  const socket = net.connect(port, "127.0.0.1");
  const head = await new Promise<string>((resolve) => {
    socket.once("data", (chunk: Buffer) => resolve(chunk.toString("latin1")));
    socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
  });
  socket.destroy();
  expect(/\r\nConnection: keep-alive\r\n/i.test(head)).toBe(true);
});
