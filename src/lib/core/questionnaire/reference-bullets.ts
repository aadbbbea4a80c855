/**
 * The bullets of the reference article (shared/reference/000_60a861369be1eeba.txt), one short
 * id each with a paraphrase. SPEC §8 asks that every one is covered by at least one question;
 * a unit test holds the default bank to that.
 */
export interface ReferenceBullet {
  id: string;
  /** The point, restated in our own words. */
  paraphrase: string;
}

export const REFERENCE_BULLETS: readonly ReferenceBullet[] = [
  // The three conditions every access request must meet.
  {
    id: 'req.strong-authn',
    paraphrase: 'Each request proves who is asking with MFA or without a password.'
  },
  {
    id: 'req.least-privilege-authz',
    paraphrase: 'People and machines hold only the rights their current work needs.'
  },
  {
    id: 'req.continuous-evaluation',
    paraphrase: 'Every action is judged against its context: role, device, session risk, place.'
  },

  // Core principles.
  {
    id: 'principle.assume-breach',
    paraphrase: 'Plan as if any segment or identity is already in hostile hands.'
  },
  {
    id: 'principle.verify-explicitly',
    paraphrase: 'Check strong factors plus device state and risk before granting access.'
  },
  {
    id: 'principle.least-privilege',
    paraphrase: 'Keep rights minimal at all times, raising them just in time when possible.'
  },
  {
    id: 'principle.continuous-monitoring',
    paraphrase:
      'Look out for odd behaviour in sessions, tokens and workload identities for as long as they exist.'
  },
  {
    id: 'principle.automated-response',
    paraphrase:
      'Revoke, rotate or disable at once when an identity threat appears, without waiting on people.'
  },

  // Step 1: inventory and visibility.
  {
    id: 'step1.catalogue-identities',
    paraphrase:
      'List every identity, human or not: users, service accounts, roles, groups and API keys.'
  },
  {
    id: 'step1.map-effective-permissions',
    paraphrase: 'Work out what each identity can really do, in the cloud and on premises.'
  },
  {
    id: 'step1.single-pane',
    paraphrase: 'Bring identity data from all sources into one normalised view.'
  },

  // Step 2: strong authentication.
  {
    id: 'step2.mfa-privileged',
    paraphrase: 'Get MFA onto practically every admin and privileged account first.'
  },
  { id: 'step2.mfa-everyone', paraphrase: 'Then extend MFA to every user everywhere.' },
  {
    id: 'step2.passwordless',
    paraphrase: 'Bring in passwordless sign-in such as FIDO2 keys and platform authenticators.'
  },

  // Step 3: adaptive access and least privilege.
  {
    id: 'step3.dynamic-policies',
    paraphrase:
      'Swap broad fixed roles for policies that weigh device health, location, session risk and behaviour.'
  },
  {
    id: 'step3.jit-elevation',
    paraphrase: 'Grant admin rights for sensitive tasks only when needed and only for a while.'
  },
  {
    id: 'step3.review-entitlements',
    paraphrase:
      'Review and cut excess rights regularly, with entitlement-management and governance tools.'
  },

  // Step 4: continuous monitoring (ITDR).
  {
    id: 'step4.monitor-flows',
    paraphrase:
      'Keep live watch on sign-ins, the minting of tokens, edits to the directory and what workloads do.'
  },
  {
    id: 'step4.detect-anomalies',
    paraphrase:
      'Spot odd events: sudden privilege rises, sign-ins from unusual places, dormant service accounts coming back.'
  },
  {
    id: 'step4.failed-mfa',
    paraphrase: 'Follow bursts of failed MFA that point to guessing or credential stuffing.'
  },

  // Step 5: automation and metrics.
  {
    id: 'step5.automate-remediation',
    paraphrase:
      'Let machines disable accounts, rotate secrets, revoke tokens and demand step-up sign-in.'
  },
  {
    id: 'step5.leadership-metrics',
    paraphrase: 'Show leaders figures they can act on, in dashboards.'
  },
  {
    id: 'step5.refine-from-trends',
    paraphrase: 'Adjust policies and playbooks as the figures move.'
  },

  // Early pitfalls and the remedy.
  {
    id: 'pitfall.skipped-inventory',
    paraphrase: 'No inventory means no baseline, so neither progress nor drift can be seen.'
  },
  {
    id: 'pitfall.mfa-ux',
    paraphrase: 'MFA pushed out with no care for friction breeds low uptake and workarounds.'
  },
  {
    id: 'pitfall.neglected-nhi',
    paraphrase:
      'Machine identities such as service accounts and keys, left without management, are prized targets.'
  },
  {
    id: 'pitfall.no-kpis',
    paraphrase: 'Without defined KPIs the programme has no direction and nobody answers for it.'
  },
  {
    id: 'remedy.iterative-programme',
    paraphrase:
      'Run it as a repeating programme: see first, then tighten, then automate, measuring all along.'
  }
];
