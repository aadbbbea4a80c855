/** Step 3 of the roadmap: access decided by context, rights kept small and short-lived. */
import type { Section } from '../schema';

export const STEP3: Section = {
  id: 'step3',
  step: 3,
  title: 'Adaptive access and least privilege',
  intro:
    'Once identities are known and authenticated, the question becomes what each may do and when. These questions ask whether access decisions use context and whether standing rights are shrinking.',
  questions: [
    {
      id: 's3-q01',
      step: 3,
      ztmm: 'Access Management',
      text: 'Do access policies weigh context (device health, location, sign-in and session risk, behaviour) instead of granting access by role alone?',
      why: 'A valid password on an unmanaged laptop in an unusual country is not the same request as one from a managed device at the office.',
      help: 'Examples: conditional-access policies that require a compliant device, block risky sign-ins or ask for step-up; Okta sign-on policies with device and network zones.',
      answers: [
        {
          stage: 1,
          text: 'Anyone with the right role and password gets in, from anywhere, on any device.'
        },
        {
          stage: 2,
          text: 'A few static rules exist, such as trusted network ranges or blocked countries.'
        },
        {
          stage: 3,
          text: 'Policies for most applications combine device compliance, location and sign-in risk.'
        },
        {
          stage: 4,
          text: 'Every request is judged on live risk signals, and the decision adapts during the session.'
        }
      ],
      covers: ['step3.dynamic-policies', 'req.continuous-evaluation']
    },
    {
      id: 's3-q02',
      step: 3,
      ztmm: 'Access Management',
      text: 'Are admin rights granted just in time for a task and for a limited period, rather than held permanently?',
      why: 'Standing admin rights are exposed every hour of every day; rights that exist only during a task leave little to steal.',
      help: 'Examples: PIM eligible assignments with approval and expiry, AWS roles assumed for a session, temporary elevation tools. The figure counts accounts holding a privileged Entra role permanently (other systems have no eligible assignments to compare with) against all privileged accounts, so read it with the systems imported in mind.',
      answers: [
        { stage: 1, text: 'Admins hold their rights permanently.' },
        {
          stage: 2,
          text: 'Just-in-time elevation exists for a few roles; most admin rights are standing.'
        },
        {
          stage: 3,
          text: 'Most admin rights are eligible only, activated with justification and expiry.'
        },
        {
          stage: 4,
          text: 'No human holds standing admin rights apart from monitored break-glass accounts; elevation is approved, time-bound and recorded.'
        }
      ],
      covers: ['step3.jit-elevation', 'principle.least-privilege'],
      evidence: {
        source: { kind: 'finding', ruleId: 'ZTW-PRIV-008', per: 'privileged' },
        label:
          'accounts holding a privileged Entra role permanently rather than eligible, as a share of all privileged accounts',
        unit: 'percent',
        bands: [
          { below: 10, stage: 4 },
          { below: 40, stage: 3 },
          { below: 80, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's3-q03',
      step: 3,
      ztmm: 'Governance',
      text: 'Are access rights reviewed on a schedule by people who can judge them, and are excess rights actually removed?',
      why: 'Rights pile up as people change jobs; without reviews nobody ever takes them away.',
      help: 'A review counts when the reviewer is the manager or resource owner, the decision is recorded, and a rejection leads to removal within a set time.',
      answers: [
        { stage: 1, text: 'Rights are never reviewed.' },
        {
          stage: 2,
          text: 'Reviews happen for audits, in spreadsheets, and removals are not tracked.'
        },
        {
          stage: 3,
          text: 'Privileged and sensitive access is reviewed every quarter in a governance tool and removals are tracked to completion.'
        },
        {
          stage: 4,
          text: 'Reviews are triggered by events (a move, a risk, a period of non-use) as well as the calendar, and removals happen automatically.'
        }
      ],
      covers: ['step3.review-entitlements', 'req.least-privilege-authz']
    },
    {
      id: 's3-q04',
      step: 3,
      ztmm: 'Governance',
      text: 'Are unused or excessive cloud permissions found and trimmed with entitlement-management tooling (CIEM or IGA)?',
      why: 'Cloud roles are granted generously and rarely used in full; the unused part is pure attack surface.',
      help: 'Tooling compares granted permissions with those used (for example IAM access analysis or last-accessed data) and proposes smaller policies.',
      answers: [
        {
          stage: 1,
          text: 'Broad roles such as Owner, Editor or administrator policies are the usual way to grant access.'
        },
        {
          stage: 2,
          text: 'Unused permissions are examined by hand in a few accounts or projects.'
        },
        {
          stage: 3,
          text: 'A CIEM or IGA tool reports unused permissions across clouds and the teams right-size them on a schedule.'
        },
        {
          stage: 4,
          text: 'Permissions are right-sized continuously from usage data, and broad roles need an approved exception.'
        }
      ],
      covers: ['step3.review-entitlements', 'req.least-privilege-authz']
    },
    {
      id: 's3-q05',
      step: 3,
      ztmm: 'Access Management',
      text: 'Are service accounts and workload identities limited to the narrow rights their job needs?',
      why: 'Machine identities with admin rights and no MFA are among the most valuable things an attacker can find.',
      help: 'Look for service accounts with owner, editor or admin-equivalent rights, keys that can impersonate other identities, and integrations granted tenant-wide application permissions.',
      answers: [
        { stage: 1, text: 'Service accounts commonly hold administrator or owner rights.' },
        {
          stage: 2,
          text: 'The most obvious over-privileged service accounts have been reduced; most are not reviewed.'
        },
        {
          stage: 3,
          text: 'Every service account has scoped rights reviewed with its owner at least yearly.'
        },
        {
          stage: 4,
          text: 'Rights for machine identities are generated from observed use and any broader grant is blocked or alerted on.'
        }
      ],
      covers: ['req.least-privilege-authz', 'principle.least-privilege', 'pitfall.neglected-nhi']
    },
    {
      id: 's3-q06',
      step: 3,
      ztmm: 'Risk Assessments',
      text: 'Are sessions and tokens limited in lifetime and re-checked when risk changes?',
      why: 'A stolen session cookie or refresh token is as good as a password plus MFA until it expires or is revoked.',
      help: 'Examples: sign-in frequency policies, continuous access evaluation, token binding, short token lifetimes for admin portals, revoking sessions when a user is disabled.',
      answers: [
        {
          stage: 1,
          text: 'Sessions and tokens last as long as the platform default, often weeks or more.'
        },
        { stage: 2, text: 'Shorter sessions apply to a few admin portals.' },
        {
          stage: 3,
          text: 'Session lifetimes are set by sensitivity and sessions are revoked when an account is disabled or its risk rises.'
        },
        {
          stage: 4,
          text: 'Sessions are re-evaluated continuously and ended within minutes of a change in risk, device or location.'
        }
      ],
      covers: ['req.continuous-evaluation', 'step3.dynamic-policies']
    }
  ]
};
