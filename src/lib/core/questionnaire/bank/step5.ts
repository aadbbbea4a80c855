/** Step 5 of the roadmap: respond by machine, steer by numbers. */
import type { Section } from '../schema';

export const STEP5: Section = {
  id: 'step5',
  step: 5,
  title: 'Automation and metrics',
  intro:
    'Manual response is too slow for identity attacks, and a programme without figures cannot show progress. These questions ask what happens without a person in the loop and how results are measured and fed back.',
  questions: [
    {
      id: 's5-q01',
      step: 5,
      ztmm: 'Automation and Orchestration',
      text: 'When an identity is judged compromised, are the account disabled and its sessions and tokens revoked automatically?',
      why: 'Minutes matter: an attacker with a live session keeps working while a ticket waits in a queue.',
      help: 'Look for playbooks in a SOAR or the identity provider that disable the account, revoke refresh tokens and sessions, and notify the owner, triggered by a detection rather than by hand.',
      answers: [
        {
          stage: 1,
          text: 'Containment is done by hand after someone notices, often hours or days later.'
        },
        { stage: 2, text: 'Written runbooks exist; an analyst runs each step manually.' },
        {
          stage: 3,
          text: 'Playbooks disable accounts and revoke sessions with one approval click.'
        },
        {
          stage: 4,
          text: 'High-confidence detections contain the identity automatically within minutes, with a person reviewing afterwards.'
        }
      ],
      covers: ['step5.automate-remediation', 'principle.automated-response']
    },
    {
      id: 's5-q02',
      step: 5,
      ztmm: 'Automation and Orchestration',
      text: 'Are secrets, keys and certificates rotated automatically, on a schedule and after an exposure?',
      why: 'A leaked key stays useful until it is rotated; rotation by hand is postponed until it is forgotten.',
      help: 'A secrets manager or platform feature rotates the value and updates the consumers without an outage. The figure is the share of active credentials created or rotated more than 90 days before the as-of date.',
      answers: [
        { stage: 1, text: 'Secrets are never rotated unless something breaks.' },
        { stage: 2, text: 'Secrets are rotated by hand, irregularly.' },
        { stage: 3, text: 'Most secrets sit in a vault with scheduled automatic rotation.' },
        {
          stage: 4,
          text: 'Every secret rotates automatically and is rotated at once when exposure is suspected.'
        }
      ],
      covers: [
        'step5.automate-remediation',
        'principle.automated-response',
        'pitfall.neglected-nhi'
      ],
      evidence: {
        source: { kind: 'kpi', kpiId: 'stale-credentials', per: 'credentials' },
        label:
          'active credentials older than 90 days without rotation, as a share of active credentials',
        unit: 'percent',
        bands: [
          { below: 5, stage: 4 },
          { below: 20, stage: 3 },
          { below: 50, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's5-q03',
      step: 5,
      ztmm: 'Automation and Orchestration',
      text: 'Does a rise in risk trigger step-up authentication or a block automatically?',
      why: 'Asking for a stronger proof at the moment risk rises stops most takeovers without bothering users the rest of the time.',
      help: 'Examples: risk-based conditional access requiring phishing-resistant MFA or a password change, Okta adaptive MFA, blocking sign-in when risk is high.',
      answers: [
        { stage: 1, text: 'Risk signals do not change what a user is asked for.' },
        { stage: 2, text: 'Risk is reported but acted on by hand.' },
        {
          stage: 3,
          text: 'Risk policies require step-up or block sign-in for medium and high risk.'
        },
        {
          stage: 4,
          text: 'Step-up and blocks respond to risk during the session as well as at sign-in, across all applications.'
        }
      ],
      covers: ['step5.automate-remediation', 'req.continuous-evaluation']
    },
    {
      id: 's5-q04',
      step: 5,
      ztmm: 'Governance',
      text: 'Do leaders see identity-security figures in a dashboard they use to make decisions?',
      why: 'What leadership sees gets funded; a dashboard turns identity risk into something that can be owned.',
      help: 'Useful figures include MFA and phishing-resistant coverage, standing privileged accounts, dormant accounts, stale credentials and time to contain an identity incident.',
      answers: [
        { stage: 1, text: 'Leadership receives no identity figures.' },
        { stage: 2, text: 'Figures are gathered by hand for an annual report or an audit.' },
        {
          stage: 3,
          text: 'A dashboard refreshed at least monthly is reviewed by leadership with owners for each figure.'
        },
        {
          stage: 4,
          text: 'Dashboards update continuously and leadership decisions (budget, exceptions) are recorded against the figures.'
        }
      ],
      covers: ['step5.leadership-metrics']
    },
    {
      id: 's5-q05',
      step: 5,
      ztmm: 'Governance',
      text: 'Are policies and response playbooks changed in light of what the figures and incidents show?',
      why: 'Threats and the organisation both change; policies that are never revisited slowly stop fitting either.',
      help: 'Look for a regular review (each quarter, say) where trends and lessons from incidents lead to recorded changes in policies, detections or playbooks.',
      answers: [
        { stage: 1, text: 'Policies are written once and not revisited.' },
        { stage: 2, text: 'Policies are revised after a major incident or audit finding.' },
        {
          stage: 3,
          text: 'A scheduled review uses metric trends and incident lessons to update policies and playbooks.'
        },
        {
          stage: 4,
          text: 'Trends feed policy tuning continuously, and the effect of each change is measured.'
        }
      ],
      covers: ['step5.refine-from-trends', 'remedy.iterative-programme']
    },
    {
      id: 's5-q06',
      step: 5,
      ztmm: 'Automation and Orchestration',
      text: 'Are accounts created, changed and removed automatically from an authoritative source such as HR?',
      why: 'Manual provisioning is slow and forgets; automated lifecycle keeps rights in step with the job a person actually does.',
      help: 'Provisioning standards such as SCIM, HR-driven inbound provisioning and group-based assignment count here; one-off scripts run by hand do not.',
      answers: [
        { stage: 1, text: 'Accounts are created and removed by hand on request.' },
        {
          stage: 2,
          text: 'The main directory is fed from HR; downstream systems are handled by hand.'
        },
        {
          stage: 3,
          text: 'HR events drive account creation, changes and removal in most systems.'
        },
        {
          stage: 4,
          text: 'Every system is provisioned from the authoritative source, and drift between them is corrected automatically.'
        }
      ],
      covers: ['step5.automate-remediation', 'step1.catalogue-identities']
    }
  ]
};
