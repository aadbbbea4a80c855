/** The early pitfalls, asked directly; detectPitfalls also reads these answers. */
import type { Section } from '../schema';

export const PITFALLS: Section = {
  id: 'pitfalls',
  title: 'Early pitfalls',
  intro:
    'Zero Trust programmes tend to stall in the same few places. These questions check for each, so that the roadmap can deal with them before they slow everything else down.',
  questions: [
    {
      id: 'pf-q01',
      step: 1,
      ztmm: 'Governance',
      text: 'Is a dated baseline of the identity inventory kept, and is drift from it tracked?',
      why: 'Progress and drift are differences from a starting point; without a baseline neither can be shown.',
      help: 'A baseline is a saved snapshot of identities, rights and key figures at a known date. Tracking drift means comparing later snapshots with it and explaining the changes.',
      answers: [
        { stage: 1, text: 'There is no baseline; the programme started with controls.' },
        { stage: 2, text: 'A one-off inventory was made but never compared with later states.' },
        {
          stage: 3,
          text: 'Snapshots are taken at least every quarter and compared with the baseline.'
        },
        {
          stage: 4,
          text: 'Drift from the approved state is detected continuously and every change is explained or reversed.'
        }
      ],
      covers: ['pitfall.skipped-inventory', 'remedy.iterative-programme']
    },
    {
      id: 'pf-q02',
      step: 2,
      ztmm: 'Authentication',
      text: 'Was the user experience of MFA planned and is friction measured (enrolment help, fewer prompts, helpdesk calls, workarounds)?',
      why: 'MFA that annoys people is disabled, shared or bypassed; low friction is what makes high coverage last.',
      help: 'Signs of care: staged rollout with communication, self-service enrolment, number matching instead of bare approve prompts, remembered devices where risk is low, and tracking of helpdesk tickets and exception requests.',
      answers: [
        { stage: 1, text: 'MFA was switched on with no preparation and friction is not tracked.' },
        { stage: 2, text: 'Users were told in advance; complaints are handled as they come.' },
        {
          stage: 3,
          text: 'Rollout was staged with support, prompts were tuned, and helpdesk and exception figures are tracked.'
        },
        {
          stage: 4,
          text: 'User-experience figures are reviewed alongside coverage and drive changes in methods and policies.'
        }
      ],
      covers: ['pitfall.mfa-ux']
    },
    {
      id: 'pf-q03',
      step: 1,
      ztmm: 'Identity Stores',
      text: 'Does every non-human identity have a lifecycle: an owner, a purpose, an expiry and removal when it is no longer used?',
      why: 'Service accounts and keys outlive the projects that created them and end up unowned, over-privileged and unwatched.',
      help: 'Look at how service accounts, application secrets and API keys are requested, who approves them, whether they expire, and what happens when their owner leaves.',
      answers: [
        { stage: 1, text: 'Machine identities are created freely and never retired.' },
        {
          stage: 2,
          text: 'Creation needs a request, but ownership and expiry are not followed up.'
        },
        {
          stage: 3,
          text: 'Each machine identity has an owner and expiry; ownerless and unused ones are reviewed and removed.'
        },
        {
          stage: 4,
          text: 'The lifecycle is enforced by the platform: no owner or expiry, no identity; unused ones are removed automatically.'
        }
      ],
      covers: ['pitfall.neglected-nhi', 'step1.catalogue-identities']
    },
    {
      id: 'pf-q04',
      step: 5,
      ztmm: 'Governance',
      text: 'Has the programme defined its KPIs, each with an owner, a baseline and a target?',
      why: 'Without agreed measures there is no way to tell whether the programme is working or who answers for it.',
      help: 'Examples: MFA coverage, phishing-resistant share, privileged accounts with standing access, dormant accounts, stale credentials, time to contain. The overall maturity score of this questionnaire can be one of them.',
      answers: [
        { stage: 1, text: 'No KPIs are defined.' },
        { stage: 2, text: 'Some figures are reported, but without targets or owners.' },
        {
          stage: 3,
          text: 'A set of KPIs has owners, baselines and targets, reviewed each quarter.'
        },
        {
          stage: 4,
          text: 'KPIs are measured automatically, tied to objectives, and missed targets lead to recorded actions.'
        }
      ],
      covers: ['pitfall.no-kpis', 'step5.leadership-metrics', 'remedy.iterative-programme']
    }
  ]
};
