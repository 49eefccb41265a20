// The vendor read the forwarder and naive Apollo both make: one undici pool to the stub
// (BENCH_UPSTREAM, with its Thalamus credentials) and the case reshaped by hand.
import { Pool } from 'undici';

const upstream = new URL(process.env.BENCH_UPSTREAM ?? '');
const pool = new Pool(upstream.origin, { connections: 64 });
const headers = {
  'thalamus-touchpoint': process.env.BENCH_TOUCHPOINT ?? '',
  'thalamus-token': process.env.BENCH_TOKEN ?? '',
};

export interface BenchCase {
  vendorId: string;
  status: string;
  comments: { body: string }[];
}

export async function readCase(vendorId: string): Promise<BenchCase> {
  const res = await pool.request({ method: 'GET', path: `/api/v4/cases/${vendorId}`, headers });
  const wire = (await res.body.json()) as { id: number; status: string; comments: { description: string }[] };
  return {
    vendorId: String(wire.id),
    status: wire.status,
    comments: wire.comments.map((c) => ({ body: c.description })),
  };
}

export const closeUpstream = (): Promise<void> => pool.close();
