// Virtual users of `npm run test:load`: each one signed in for real, reading and writing the way
// a worker does (caseload table, dossiers, search, a new entretien or dossier, now and then a
// sign-out and sign-in), with a think time between clicks. Writes go through the app's real
// server actions; every acknowledged write is remembered so that it can be looked for afterwards.
import { sealSearch } from "../../../lib/security/sealed-search.mjs";
import { BENCH_SECRET } from "./server.mjs";
import { callAction } from "./actions.mjs";
import { getPage, signIn, signOut } from "./session.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** "YYYY-MM-DDTHH:MM" in Paris, as the entretien form's datetime-local input sends it. */
function parisLocal(date) {
  const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const EMPTY_USAGER = {
  civilite: "", nomNaissance: "", telephone: "", email: "", adresse: "", codePostal: "", commune: "", quartier: "", siteId: "",
  situationFamiliale: "", logementStatut: "", bailleur: "", mesureProtection: "AUCUNE", mesureOrganisme: "", droitsOuverts: [],
  informationDonneeLe: "", foyer: [], budget: [], confirmNotDuplicate: true,
};

/** The operations and their weights; writes exist only if the build has the action. */
export function operations(ctx) {
  const ops = [
    { name: "tableau", weight: 30, run: (vu) => read(ctx, vu, `/usagers?tri=dernierContact&ordre=desc&page=${1 + Math.floor(Math.random() * 20)}`) },
    { name: "dossier", weight: 30, run: async (vu) => {
      const id = pick(ctx.readIds);
      const r = await read(ctx, vu, `/usagers/${id}`);
      if (r.ok) ctx.acks.dossierReads.set(vu.userId, (ctx.acks.dossierReads.get(vu.userId) ?? 0) + 1);
      return r;
    } },
    // The name travels sealed for this user (decision 0064), as the search form's action answers.
    { name: "recherche", weight: 10, run: (vu) => read(ctx, vu, `/usagers?recherche=${sealSearch({ secret: BENCH_SECRET, userId: vu.userId, q: pick(ctx.searchTerms), ttlMs: 3_600_000 })}`) },
    { name: "reconnexion", weight: 3, run: (vu) => reconnect(ctx, vu) },
    { name: "nouveau dossier", weight: 4, run: (vu) => write(ctx, vu, ctx.actions.usager, {}, {
      ...EMPTY_USAGER, nom: "Essai-Charge", prenom: `Personne ${vu.n}-${++vu.writes}`, dateNaissance: "1984-05-17",
    }, "usagers") },
  ];
  if (ctx.actions.entretien) {
    ops.push({ name: "entretien", weight: 15, run: (vu) => {
      const usagerId = pick(ctx.writeIds);
      return write(ctx, vu, ctx.actions.entretien, { id: usagerId }, {
        usagerId, date: parisLocal(new Date(Date.now() - 3_600_000)), dureeMinutes: 30, canal: "TELEPHONE", objets: ["ACCES_AUX_DROITS"],
        objetPrecision: "", resume: "Appel de suivi : point sur les démarches en cours (test de charge).", noteConfidentielle: "",
        suites: "", rappelLe: "", accompagnementId: "",
      }, "entretiens");
    } });
  }
  return ops;
}

/** Agents (when the build has fiches) look at their fiches and send new ones. */
export function agentOperations(ctx) {
  return [
    { name: "fiches (agent)", weight: 50, run: (vu) => read(ctx, vu, "/fiches-liaison") },
    { name: "fiche envoyée", weight: 50, run: (vu) => write(ctx, vu, ctx.actions.fiche, {}, {
      nom: "Essai-Charge", prenom: `Fiche ${vu.n}-${++vu.writes}`, dateNaissance: "", telephone: "06 12 34 56 78", email: "",
      disponibilites: "", adresse: "", quartier: "", motifs: ["ACCES_AUX_DROITS"], motifPrecision: "", urgence: "NORMALE", consentement: true,
    }, "fiches") },
  ];
}

async function read(ctx, vu, path) {
  const r = await getPage(ctx.url, path, vu.cookie);
  return { route: path.split("?")[0].replace(/[0-9a-f-]{36}/, "[id]"), status: r.status, ok: r.status === 200, body: r.status === 200 ? "" : r.body };
}

/** Next.js renders app/error.tsx for an error with a digest: the French error page. */
function withErrorPage(result) {
  return { ...result, errorPage: /digest/.test(result.body ?? ""), body: result.ok ? undefined : String(result.body ?? "").slice(-300) };
}

async function write(ctx, vu, action, params, input, kind) {
  const r = await callAction(ctx.url, action, params, input, vu.cookie);
  const ok = r.status === 200 && r.result?.ok === true;
  if (ok) ctx.acks[kind].push(r.result.data.id);
  return { route: `action ${action.route}`, status: r.status, ok, body: ok ? "" : r.body, formError: r.result?.ok === false ? r.result.formError : undefined };
}

async function reconnect(ctx, vu) {
  const out = await signOut(ctx.url, vu.cookie);
  vu.cookie = null;
  const back = await connect(ctx, vu);
  return { ...back, route: "sign-out + sign-in", ok: out < 400 && back.ok };
}

/** A sign-in; a user whose sign-in failed (database down) tries again at their next click. */
async function connect(ctx, vu) {
  const next = await signIn(ctx.url, vu.email, ctx.password);
  if (next.cookie) {
    vu.cookie = next.cookie;
    ctx.acks.signIns++;
  }
  return { route: "sign-in", status: next.status, ok: Boolean(next.cookie), body: "" };
}

/** One virtual user until `ctx.endAt`: weighted random operations, think time between them. */
export async function runUser(ctx, vu, ops) {
  const total = ops.reduce((s, o) => s + o.weight, 0);
  while (Date.now() < ctx.endAt) {
    let x = Math.random() * total;
    const op = vu.cookie ? (ops.find((o) => (x -= o.weight) < 0) ?? ops[0]) : { name: "connexion", run: () => connect(ctx, vu) };
    const start = Date.now();
    let result;
    try {
      result = await op.run(vu);
    } catch (error) {
      result = { route: op.name, status: "réseau", ok: false, body: String(error?.cause?.code ?? error?.message ?? error) };
    }
    ctx.log.push({ op: op.name, start, end: Date.now(), ...withErrorPage(result) });
    await sleep(ctx.thinkMs * (0.5 + Math.random()));
  }
}
