/**
 * The fan-out benchmark's baseline: a bare `ws` server, no GraphQL, forked by run.ts. It speaks just enough
 * graphql-transport-ws for the bench's clients (connection_init → connection_ack, ping → pong; subscribe
 * messages are read and ignored) and sends, per change, the (socket, message) pairs the hub sent for that
 * change, pre-serialised (the hub's message texts as the clients received them, turned into Buffers before
 * the schedule starts), on the same schedule as the hub's writer: change k at start + k × interval.
 *
 * The time a change's sending starts is its "commit time": latency = receipt − that time, through the same
 * client code as for the hub. It is the floor for delivering these bytes to these sockets on this machine.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BaselineChange, FromBaseline, ToBaseline } from './plan.js';

const send = (message: FromBaseline) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();

const byClient = new Map<number, WebSocket>();
let schedule: [WebSocket | number, Buffer][][] = [];
let intervalMs = 10;

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, handleProtocols: () => 'graphql-transport-ws' });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { type: string; payload?: { benchClient?: number } };
    if (message.type === 'connection_init') {
      byClient.set(Number(message.payload?.benchClient), socket);
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'ping') {
      socket.send('{"type":"pong"}');
    }
  });
});

/** Sends change k's pairs; a socket not (yet) connected is resolved when its turn comes, and skipped if absent. */
function sendChange(k: number): void {
  for (const [to, bytes] of schedule[k]!) {
    const socket = typeof to === 'number' ? byClient.get(to) : to;
    socket?.send(bytes);
  }
}

function start(): void {
  const startedAt: number[] = [];
  const t0 = now();
  let k = 0;
  // a timer per tick, re-armed against the schedule (not drift-prone setInterval)
  const tick = () => {
    while (k < schedule.length && now() >= t0 + k * intervalMs) {
      startedAt.push(now());
      sendChange(k++);
    }
    if (k < schedule.length) setTimeout(tick, Math.max(0, t0 + k * intervalMs - now()));
    else send({ type: 'sent', startedAt, finishedAt: now() });
  };
  tick();
}

process.on('disconnect', () => process.exit(0));
process.on('message', (message: ToBaseline) => {
  if (message.type === 'schedule') {
    intervalMs = message.intervalMs;
    const changes = JSON.parse(readFileSync(message.file, 'utf8')) as BaselineChange[];
    // pre-serialised: Buffers made once, sockets looked up once they are all connected (see `start`)
    schedule = changes.map((c) => c.sends.map(([client, text]) => [client, Buffer.from(text)]));
    send({ type: 'scheduled', changes: schedule.length, messages: schedule.reduce((n, s) => n + s.length, 0) });
  } else if (message.type === 'start') {
    // the clients have connected by now: resolve client indexes to sockets before the clock starts
    schedule = schedule.map((pairs) => pairs.map(([to, bytes]) => [typeof to === 'number' ? (byClient.get(to) ?? to) : to, bytes]));
    start();
  }
});
server.on('listening', () => send({ type: 'ready', port: (server.address() as AddressInfo).port }));
