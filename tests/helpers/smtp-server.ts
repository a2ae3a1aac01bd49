// A real SMTP server on loopback for the e-mail tests (smtp-server), what it received parsed back
// with mailparser. `refuse` makes it answer 550 to every recipient; `url` points the app's mail
// module at it (setEmailTransportForTests(url)), `closedUrl()` at a port where nothing listens.
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/** A received mail, with the envelope's recipients (blind copies are only there). */
export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  refuse: boolean;
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onRcptTo(address, _session, done) {
      if (state.refuse) return done(Object.assign(new Error(`550 Mailbox unavailable: ${address.address}`), { responseCode: 550 }));
      done();
    },
    onData(stream, session, done) {
      const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
      simpleParser(stream).then((mail) => { received.push(Object.assign(mail, { envelopeTo })); done(); }, done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    get refuse() { return state.refuse; },
    set refuse(v: boolean) { state.refuse = v; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An smtp:// URL on a loopback port that was just free: connecting to it is refused. */
export async function closedSmtpUrl(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `smtp://127.0.0.1:${port}?ignoreTLS=true`;
}
