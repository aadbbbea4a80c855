/** Step 2 of the roadmap: strong authentication, privileged accounts first. */
import type { Section } from '../schema';

export const STEP2: Section = {
  id: 'step2',
  step: 2,
  title: 'Strong authentication',
  intro:
    'Stolen and guessed passwords remain the commonest way in. These questions ask how widely MFA is enforced, how strong the methods are, and whether old protocols and weak recovery still let attackers around it.',
  questions: [
    {
      id: 's2-q01',
      step: 2,
      ztmm: 'Authentication',
      text: 'Do all privileged and administrative accounts have to use MFA every time they sign in?',
      why: 'One stolen admin password without a second factor can hand over a whole tenant; privileged accounts come first for that reason.',
      help: 'Include break-glass accounts (with a documented exception and monitoring if MFA cannot apply), cloud root users, directory admin roles and domain admins. The figure is the share of privileged accounts with at least one MFA method registered.',
      answers: [
        {
          stage: 1,
          text: 'Privileged accounts sign in with a password alone, or MFA is optional for them.'
        },
        {
          stage: 2,
          text: 'MFA is required for some admin roles or consoles, with gaps in others.'
        },
        {
          stage: 3,
          text: 'Every privileged account must use MFA on every sign-in; exceptions are documented and watched.'
        },
        {
          stage: 4,
          text: 'Every privileged account uses phishing-resistant MFA, enforced by policy and checked continuously for drift.'
        }
      ],
      covers: ['step2.mfa-privileged', 'req.strong-authn'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'mfa-privileged' },
        label: 'privileged accounts with at least one MFA method',
        unit: 'percent',
        bands: [
          { below: 80, stage: 1 },
          { below: 95, stage: 2 },
          { below: 100, stage: 3 }
        ],
        otherwise: 4
      }
    },
    {
      id: 's2-q02',
      step: 2,
      ztmm: 'Authentication',
      text: 'How far does MFA reach across all users, guests included?',
      why: 'Attackers move from any foothold; an ordinary mailbox without MFA is enough to start phishing colleagues from the inside.',
      help: 'Count registration and enforcement: an account with a method registered but never challenged is not protected. The figure is the share of enabled people and guests with at least one MFA method, over the sources that report it.',
      answers: [
        { stage: 1, text: 'Fewer than half of users have MFA; it is optional.' },
        { stage: 2, text: 'Most users have MFA, but some groups, apps or locations are excluded.' },
        {
          stage: 3,
          text: 'Practically every user must complete MFA, with few documented exceptions.'
        },
        {
          stage: 4,
          text: 'Every user and guest is covered, exceptions are time-limited, and coverage is checked continuously.'
        }
      ],
      covers: ['step2.mfa-everyone', 'req.strong-authn'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'mfa-coverage' },
        label: 'enabled people and guests with at least one MFA method',
        unit: 'percent',
        bands: [
          { below: 50, stage: 1 },
          { below: 90, stage: 2 },
          { below: 99, stage: 3 }
        ],
        otherwise: 4
      }
    },
    {
      id: 's2-q03',
      step: 2,
      ztmm: 'Authentication',
      text: 'How widely are passwordless or phishing-resistant methods (FIDO2 security keys, passkeys, Windows Hello for Business, smart cards) in use?',
      why: 'Codes and push prompts can be relayed or tricked out of users; methods bound to the device and the site cannot.',
      help: 'Count methods that resist phishing because they check the site cryptographically. SMS, voice, app codes and push approvals do not count here. The figure is the share of enabled people and guests with such a method registered.',
      answers: [
        { stage: 1, text: 'Only passwords and one-time codes are in use.' },
        { stage: 2, text: 'A pilot group or some admins use security keys or passkeys.' },
        {
          stage: 3,
          text: 'Most people sign in with a phishing-resistant method; passwords remain as a fallback.'
        },
        {
          stage: 4,
          text: 'Phishing-resistant, passwordless sign-in is the norm for everyone and passwords are removed where the platform allows.'
        }
      ],
      covers: ['step2.passwordless', 'principle.verify-explicitly'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'phishing-resistant' },
        label: 'enabled people and guests with a phishing-resistant method',
        unit: 'percent',
        bands: [
          { below: 5, stage: 1 },
          { below: 50, stage: 2 },
          { below: 95, stage: 3 }
        ],
        otherwise: 4
      }
    },
    {
      id: 's2-q04',
      step: 2,
      ztmm: 'Authentication',
      text: 'Are legacy sign-in protocols that cannot do MFA (basic authentication, POP, IMAP, SMTP AUTH, NTLM where avoidable) blocked?',
      why: 'A protocol that never asks for a second factor lets a password spray bypass all the MFA rolled out elsewhere.',
      help: 'Check conditional-access or sign-on policies for a block on legacy clients, and the sign-in logs for legacy client apps still succeeding.',
      answers: [
        { stage: 1, text: 'Legacy protocols are allowed everywhere.' },
        {
          stage: 2,
          text: 'Legacy protocols are blocked for some users or apps, with broad exceptions.'
        },
        {
          stage: 3,
          text: 'Legacy protocols are blocked for all users; the few exceptions are listed and monitored.'
        },
        { stage: 4, text: 'No legacy protocol succeeds anywhere, and any attempt is alerted on.' }
      ],
      covers: ['req.strong-authn', 'step2.mfa-everyone']
    },
    {
      id: 's2-q05',
      step: 2,
      ztmm: 'Authentication',
      text: 'Are weak MFA methods (SMS, voice) being retired, and is account recovery at least as strong as sign-in?',
      why: 'Attackers pick the weakest path: a SIM swap or a helpdesk reset undoes a strong sign-in method.',
      help: 'Look at which methods are allowed, how a user who lost a device gets back in, and how the helpdesk checks identity before resetting MFA.',
      answers: [
        {
          stage: 1,
          text: 'SMS and voice are the main methods and recovery needs only a phone call or an email.'
        },
        {
          stage: 2,
          text: 'Stronger methods are offered but SMS remains the default; recovery checks are informal.'
        },
        {
          stage: 3,
          text: 'SMS and voice are limited to exceptions and recovery requires verified identity or a second person.'
        },
        {
          stage: 4,
          text: 'Only strong methods are allowed and recovery itself uses a phishing-resistant proof or an in-person check.'
        }
      ],
      covers: ['step2.passwordless', 'principle.verify-explicitly']
    },
    {
      id: 's2-q06',
      step: 2,
      ztmm: 'Authentication',
      text: 'Do workloads and integrations authenticate with short-lived, federated credentials rather than long-lived keys and secrets?',
      why: 'A long-lived key works from anywhere until someone rotates it, and cannot be protected by MFA.',
      help: 'Examples of short-lived options: workload identity federation, managed identities, instance roles, OIDC tokens for pipelines. The figure is the share of active credentials created or rotated more than 90 days before the as-of date.',
      answers: [
        { stage: 1, text: 'Integrations use static keys or passwords that never change.' },
        {
          stage: 2,
          text: 'Some workloads use managed identities; most still use keys rotated rarely.'
        },
        {
          stage: 3,
          text: 'New workloads use federated or managed identities; remaining keys are rotated on a schedule.'
        },
        {
          stage: 4,
          text: 'Long-lived keys are prohibited by policy and none remain active outside documented exceptions.'
        }
      ],
      covers: ['req.strong-authn', 'pitfall.neglected-nhi'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'stale-credentials', per: 'credentials' },
        label:
          'active credentials older than 90 days without rotation, as a share of active credentials',
        unit: 'percent',
        bands: [
          { atMost: 0, stage: 4 },
          { below: 20, stage: 3 },
          { below: 60, stage: 2 }
        ],
        otherwise: 1
      }
    }
  ]
};
