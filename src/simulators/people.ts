// The people every simulator's seeded cases are raised by, so that one requester has cases in several
// vendors (a customer's cases across vendors, `Customer.cases` through the supergraph), and a
// deterministic random source, so every start seeds the same cases and tests can count them.

/** Requesters shared by the seeds; the first two are the example customers subgraph's accounts. */
export const SEED_REQUESTERS = [
  { name: 'Ada Lovelace', email: 'ada@example.com' },
  { name: 'Grace Hopper', email: 'grace@example.com' },
  { name: 'Alan Turing', email: 'alan@example.com' },
  { name: 'Katherine Johnson', email: 'katherine@example.com' },
  { name: 'Edsger Dijkstra', email: 'edsger@example.com' },
  { name: 'Barbara Liskov', email: 'barbara@example.com' },
  { name: 'Donald Knuth', email: 'donald@example.com' },
  { name: 'Margaret Hamilton', email: 'margaret@example.com' },
] as const;

/** Agents the seeds assign cases to (each vendor uses its own id form for them). */
export const SEED_AGENTS = [
  { name: 'Sam Agent', key: 'sam' },
  { name: 'Kim Agent', key: 'kim' },
  { name: 'Lee Agent', key: 'lee' },
] as const;

/** Subjects the seeds draw from; some share words, so a text search finds several. */
export const SEED_SUBJECTS = [
  'Refund not received',
  'Cannot log in',
  'Order arrived damaged',
  'Billing address change',
  'Password reset email missing',
  'Delivery delayed',
  'Wrong item shipped',
  'Subscription cancelled by mistake',
  'Invoice shows wrong amount',
  'App crashes on start',
] as const;

/** The window seeded cases are created in: creation and update times fall between these instants. */
export const SEED_WINDOW = {
  from: Date.parse('2026-06-01T00:00:00Z'),
  to: Date.parse('2026-11-30T00:00:00Z'),
} as const;

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every start, so the
 * seeded cases, and what a filter over them matches, are the same each time.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The requester of a seed's `i`-th case: the two example customers (ada@ and grace@) raise the first
 * two of every `every` cases, so each has cases in every vendor that seeds this way; the others are
 * drawn (one draw of `random`).
 */
export function requesterAt(i: number, every: number, random: () => number): (typeof SEED_REQUESTERS)[number] {
  if (i % every === 0) return SEED_REQUESTERS[0];
  if (i % every === 1) return SEED_REQUESTERS[1];
  return pick(SEED_REQUESTERS.slice(2), random);
}

/** One item of `items`, drawn with `random`. */
export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/**
 * Whole-second creation and update instants inside SEED_WINDOW, distinct across one seed's calls
 * (a seeded list then has one order whatever the vendor breaks ties by).
 */
export function seedTimes(random: () => number, used: Set<number>): { createdAt: number; updatedAt: number } {
  const span = SEED_WINDOW.to - SEED_WINDOW.from;
  const distinct = (at: number): number => {
    let t = Math.floor(at / 1000) * 1000;
    while (used.has(t)) t += 1000;
    used.add(t);
    return t;
  };
  const createdAt = distinct(SEED_WINDOW.from + random() * span * 0.9);
  const updatedAt = distinct(createdAt + random() * (SEED_WINDOW.to - createdAt));
  return { createdAt, updatedAt };
}
