// Inputs that change who casegraph acts as at the vendor, not just what it writes: a caller sets
// them only with the scope named here. Without it the configured identity is used.
import { SCOPES } from './caller.js';

/** What both mutation inputs may carry that is privileged. */
export interface CaseInputs {
  khoros?: { agentEmail?: string | null } | null;
}

export interface PrivilegedInput {
  path: string[];
  scope: string;
}

/** The privileged inputs a mutation input sets. */
export function privilegedInputsIn(input: CaseInputs): PrivilegedInput[] {
  const found: PrivilegedInput[] = [];
  // The agent goes with Khoros's shared secret as `x-sf-email`: choosing it is acting as that agent.
  if (input.khoros?.agentEmail !== undefined && input.khoros.agentEmail !== null) {
    found.push({ path: ['khoros', 'agentEmail'], scope: SCOPES.khorosAgent });
  }
  return found;
}
