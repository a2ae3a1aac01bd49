// Live unread counts without a broker: one PostgreSQL connection per app instance LISTENs on the
// channel notify() signals in the same transaction as the notification (delivered at commit), and
// hands each user id to the server-sent-event streams of that user open on this instance. Lost
// connection (database restart, network): it reconnects with a growing delay and tells every
// stream to count again, since signals sent meanwhile were lost. Clients also poll as a fallback.
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { NOTIFY_CHANNEL } from "./notify";

type Listener = () => void;

/** How the LISTEN connection shows in pg_stat_activity. */
export const LISTEN_APPLICATION_NAME = "passerelle-notifications";

export class NotificationHub {
  private client: pg.Client | null = null;
  private readonly subscribers = new Map<string, Set<Listener>>();
  private connecting: Promise<void> | null = null;
  private retryMs = 500;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly connectionString: string, private readonly maxRetryMs = 10_000) {}

  /** Calls `listener` when a notification for `userId` is committed (or after a reconnection). */
  subscribe(userId: string, listener: Listener): () => void {
    let set = this.subscribers.get(userId);
    if (!set) this.subscribers.set(userId, (set = new Set()));
    set.add(listener);
    void this.ensureConnected();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.subscribers.delete(userId);
    };
  }

  /** Resolves once listening (tests; a stream does not need to wait). */
  async ready(): Promise<void> {
    await this.ensureConnected();
  }

  get connected() {
    return this.client !== null && this.connecting === null;
  }

  private ensureConnected(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.client && !this.connecting) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => { this.connecting = null; });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000, keepAlive: true, application_name: LISTEN_APPLICATION_NAME });
    client.on("notification", (msg) => {
      if (msg.channel === NOTIFY_CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      await client.end().catch(() => {});
      this.scheduleRetry(error);
      return;
    }
    const reconnected = this.retryMs > 500;
    this.client = client;
    this.retryMs = 500;
    // Signals sent while disconnected are lost: every open stream counts again.
    if (reconnected) for (const userId of [...this.subscribers.keys()]) this.dispatch(userId);
  }

  private lost(client: pg.Client, error: unknown) {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on("error", () => {});
    if (!this.closed) this.scheduleRetry(error);
  }

  private scheduleRetry(error: unknown) {
    if (this.closed || this.timer) return;
    const code = (error as { code?: string } | null)?.code ?? null;
    log.warn({ code, retryMs: this.retryMs }, "notifications_listen_lost");
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.maxRetryMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.subscribers.size > 0 || this.client === null) void this.ensureConnected();
    }, delay);
    this.timer.unref?.();
  }

  private dispatch(userId: string) {
    for (const listener of this.subscribers.get(userId) ?? []) {
      try { listener(); } catch { /* a closed stream: its own cleanup removes it */ }
    }
  }

  async close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    if (client) { client.removeAllListeners(); client.on("error", () => {}); await client.end().catch(() => {}); }
  }
}

const globalForHub = globalThis as unknown as { notificationHub?: NotificationHub };

/** The instance's one hub (one LISTEN connection however many streams are open). */
export function notificationHub(): NotificationHub {
  globalForHub.notificationHub ??= new NotificationHub(env().DATABASE_URL);
  return globalForHub.notificationHub;
}
