/**
 * The fan-out benchmark's client process: all WebSocket clients in one Node process, forked by run.ts and
 * steered over IPC (plan.ts: ToClients / FromClients).
 *
 * Each client is a plain `ws` socket speaking graphql-transport-ws itself (connection_init with the token
 * in connectionParams → connection_ack, one `subscribe` per subscription, `next` / `error` / `complete`,
 * ping → pong): 2,000 graphql-ws `createClient`s would cost this process more CPU than the sockets do, on a
 * machine whose two cores the hub and PostgreSQL share. The same code connects to the hub and to the
 * baseline server, so that both are measured through the same path.
 *
 * A receipt is taken in the socket's message handler, before anything else: the time
 * (performance.timeOrigin + performance.now(), epoch ms with a fraction), the subscription, and the event's
 * cursor read from the parsed payload. Receipts stay in memory until the driver asks for them (`flush`).
 */
import WebSocket from 'ws';
import { ROOT_FIELDS, SUBS_PER_CLIENT, type ClientProblems, type ClientSpec, type FromClients, type Receipt, type ToClients } from './plan.js';

const send = (message: FromClients) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();

let sockets: WebSocket[] = [];
let receipts: Receipt[] = [];
let events = 0;
let heartbeats = 0;
let problems: ClientProblems = { closes: {}, errors: {}, completes: 0, resultErrors: {} };

const bump = (counts: Record<string, number>, what: string) => {
  counts[what] = (counts[what] ?? 0) + 1;
};

/** The root field of each subscription, by key (document index → field name). */
let rootOf: string[] = [];

function onMessage(client: number, data: WebSocket.RawData): void {
  const at = now();
  const text = data.toString();
  const message = JSON.parse(text) as { type: string; id?: string; payload?: unknown };
  switch (message.type) {
    case 'next': {
      const key = client * SUBS_PER_CLIENT + Number(message.id) - 1;
      const payload = message.payload as { data?: Record<string, { cursor?: string; isHeartbeat?: boolean } | null>; errors?: { message: string }[] };
      for (const e of payload.errors ?? []) bump(problems.resultErrors, e.message);
      const event = payload.data?.[rootOf[key]!];
      const heartbeat = event?.isHeartbeat === true;
      if (heartbeat) heartbeats++;
      else events++;
      receipts.push({ key, cursor: event?.cursor ?? '', heartbeat, at, text: heartbeat ? null : text });
      return;
    }
    case 'ping':
      sockets[client]!.send('{"type":"pong"}');
      return;
    case 'error':
      bump(problems.errors, JSON.stringify(message.payload).slice(0, 300));
      return;
    case 'complete':
      problems.completes++;
      return;
    default:
      return; // connection_ack and pong are handled where they are awaited, or need nothing
  }
}

/** Opens one client: connects, sends connection_init, waits for the ack, then subscribes. */
function open(url: string, client: number, spec: ClientSpec, documents: readonly string[]): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets[client] = socket;
    let acked = false;
    socket.on('open', () => {
      // benchClient tells the baseline server which client this is; the hub ignores unknown parameters
      const payload = { benchClient: client, ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}) };
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
    });
    socket.on('message', (data) => {
      if (acked) return onMessage(client, data);
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type !== 'connection_ack') return reject(new Error(`expected connection_ack, got ${message.type}`));
      acked = true;
      for (const sub of spec.subscriptions) {
        socket.send(JSON.stringify({ id: sub.id, type: 'subscribe', payload: { query: documents[sub.doc], variables: sub.variables } }));
      }
      resolve(socket);
    });
    socket.on('close', (code, reason) => {
      if (!closing) bump(problems.closes, `${code} ${reason.toString()}`.trim());
      if (!acked) reject(new Error(`closed before connection_ack: ${code} ${reason.toString()}`));
    });
    socket.on('error', (error) => {
      if (!acked) reject(error);
    });
  });
}

let closing = false;

async function connect(message: Extract<ToClients, { type: 'connect' }>): Promise<void> {
  const started = now();
  closing = false;
  sockets = [];
  receipts = [];
  events = 0;
  heartbeats = 0;
  problems = { closes: {}, errors: {}, completes: 0, resultErrors: {} };
  rootOf = message.clients.flatMap((c) => c.subscriptions.map((s) => ROOT_FIELDS[s.doc as 0 | 1 | 2 | 3]));
  let next = 0;
  let failed = 0;
  const failures: string[] = [];
  // a few connections at a time: the hub's accept backlog and its token checks are not what is measured
  const worker = async () => {
    while (next < message.clients.length) {
      const client = next++;
      await open(message.url, client, message.clients[client]!, message.documents).catch((error: unknown) => {
        failed++;
        if (failures.length < 5) failures.push(String(error));
      });
    }
  };
  await Promise.all(Array.from({ length: message.concurrency }, worker));
  for (const f of failures) process.stderr.write(`clients: ${f}\n`);
  send({ type: 'connected', sockets: message.clients.length - failed, failed, ms: now() - started, problems });
}

/** Sends the receipts in chunks (IPC messages of a few MB at most) and forgets them. */
function flush(keepText: boolean): void {
  const CHUNK = 5000;
  for (let i = 0; i < receipts.length; i += CHUNK) {
    const rows = receipts.slice(i, i + CHUNK).map((r) => [r.key, r.cursor, r.heartbeat, r.at, keepText ? r.text : null] as [number, string, boolean, number, string | null]);
    send({ type: 'receipts', rows });
  }
  receipts = [];
  events = 0;
  heartbeats = 0;
  send({ type: 'flushed', problems });
}

async function disconnect(): Promise<void> {
  closing = true;
  await Promise.all(
    sockets.map((socket) => new Promise<void>((resolve) => {
      if (socket.readyState === WebSocket.CLOSED) return resolve();
      socket.once('close', () => resolve());
      socket.close(1000, 'bench done');
      setTimeout(() => {
        socket.terminate();
        resolve();
      }, 5000).unref();
    })),
  );
  sockets = [];
  send({ type: 'disconnected' });
}

process.on('disconnect', () => process.exit(0));
process.on('message', (message: ToClients) => {
  switch (message.type) {
    case 'connect':
      void connect(message);
      return;
    case 'count':
      send({ type: 'count', events, heartbeats, problems });
      return;
    case 'flush':
      flush(message.keepText);
      return;
    case 'disconnect':
      void disconnect();
      return;
  }
});
