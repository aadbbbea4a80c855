/** The core principles: questions that cut across steps; each still scores into one step. */
import type { Section } from '../schema';

export const PRINCIPLES: Section = {
  id: 'principles',
  title: 'Core principles',
  intro:
    'Zero Trust for identities rests on a few working assumptions. These questions ask whether the organisation actually designs and operates by them, whatever tools it owns.',
  questions: [
    {
      id: 'cp-q01',
      step: 3,
      ztmm: 'Governance',
      text: 'Are identity systems designed on the assumption that some account or device is already compromised?',
      why: 'Planning for a breach limits how far one stolen identity can reach; planning to prevent every breach leaves nothing when one succeeds.',
      help: 'Signs include separate admin accounts and devices, tiering so that admins of one tier cannot sign in to a lower one, tested break-glass accounts, and exercises that start from a stolen credential.',
      answers: [
        { stage: 1, text: 'Security relies on keeping attackers outside the network.' },
        {
          stage: 2,
          text: 'Admins have separate accounts, but the blast radius of a stolen account has not been studied.'
        },
        {
          stage: 3,
          text: 'Admin tiers, separate privileged devices and tested break-glass procedures limit the reach of any single account.'
        },
        {
          stage: 4,
          text: 'Compromise scenarios are exercised regularly and each exercise leads to measured reductions in blast radius.'
        }
      ],
      covers: ['principle.assume-breach']
    },
    {
      id: 'cp-q02',
      step: 2,
      ztmm: 'Risk Assessments',
      text: 'Besides a strong factor, are device state and risk signals checked before access is granted?',
      why: 'A correct second factor proves who is present, not that the device or the situation can be trusted.',
      help: 'Device state means managed, compliant, patched, encrypted; risk signals include sign-in risk, user risk and threat intelligence on the address.',
      answers: [
        { stage: 1, text: 'Access is granted on credentials alone.' },
        { stage: 2, text: 'Device or risk checks apply to a few sensitive applications.' },
        {
          stage: 3,
          text: 'Most applications require a compliant device and an acceptable risk level.'
        },
        {
          stage: 4,
          text: 'Device posture and risk are checked on every request to every application, and the check repeats during the session.'
        }
      ],
      covers: ['principle.verify-explicitly', 'req.strong-authn', 'req.continuous-evaluation']
    },
    {
      id: 'cp-q03',
      step: 3,
      ztmm: 'Access Management',
      text: 'Is least privilege the default for everyone, people and machines, with extra rights granted only on request and for a time?',
      why: 'Every right held but not needed is a right an attacker inherits when the identity is taken over.',
      help: 'New accounts start with no access beyond the basics; further access comes through requests that name a reason and an end date.',
      answers: [
        { stage: 1, text: 'New accounts are copied from a colleague and keep everything.' },
        {
          stage: 2,
          text: 'Role templates exist, but exceptions are granted freely and never end.'
        },
        {
          stage: 3,
          text: 'Access beyond the baseline needs an approved request; most grants have an end date.'
        },
        {
          stage: 4,
          text: 'All elevated access, human or machine, is requested, time-bound and removed automatically when it lapses.'
        }
      ],
      covers: ['principle.least-privilege', 'req.least-privilege-authz']
    },
    {
      id: 'cp-q04',
      step: 4,
      ztmm: 'Visibility and Analytics',
      text: 'Is trust re-evaluated during a session rather than granted once at sign-in for the whole day?',
      why: 'Conditions change after sign-in: a device falls out of compliance, an account is disabled, a token is copied elsewhere.',
      help: 'Examples: continuous access evaluation, session controls through a proxy, re-authentication for sensitive actions.',
      answers: [
        { stage: 1, text: 'Once signed in, a user is trusted until the session expires.' },
        { stage: 2, text: 'Sensitive actions ask for re-authentication in a few applications.' },
        {
          stage: 3,
          text: 'Critical applications honour revocation and policy changes within minutes during a session.'
        },
        {
          stage: 4,
          text: 'Every session is evaluated continuously against identity, device and behaviour signals across all applications.'
        }
      ],
      covers: ['req.continuous-evaluation', 'principle.continuous-monitoring']
    },
    {
      id: 'cp-q05',
      step: 5,
      ztmm: 'Automation and Orchestration',
      text: 'How long does it take from a confirmed identity threat to access being cut off, and is that time measured?',
      why: 'The speed of response decides how much an attacker can do; a time that is not measured cannot be improved.',
      help: 'Measure from the first alert to the account being disabled or its credentials rotated. Use real incidents or exercises.',
      answers: [
        { stage: 1, text: 'Response time is unknown and usually counted in days.' },
        { stage: 2, text: 'Response takes hours and is estimated, not measured.' },
        { stage: 3, text: 'Response time is measured and usually under an hour.' },
        {
          stage: 4,
          text: 'Response takes minutes, is automated for common cases, and the measured time is reported and improved.'
        }
      ],
      covers: ['principle.automated-response', 'step5.automate-remediation']
    }
  ]
};
