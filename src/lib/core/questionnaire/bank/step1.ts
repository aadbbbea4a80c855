/** Step 1 of the roadmap: know every identity and what it can do, in one place. */
import type { Section } from '../schema';

export const STEP1: Section = {
  id: 'step1',
  step: 1,
  title: 'Inventory and visibility',
  intro:
    'Nothing later in the programme can be enforced or measured on identities nobody has listed. These questions ask how complete, how current and how joined-up the picture of identities and their rights is.',
  questions: [
    {
      id: 's1-q01',
      step: 1,
      ztmm: 'Identity Stores',
      text: 'How complete and current is the list of accounts held by people (staff, contractors, guests) across every directory and cloud?',
      why: 'An account that nobody knows about is never reviewed, never covered by MFA policies and never disabled when its owner leaves.',
      help: 'Count every system where a person can sign in: the main directory, other tenants, cloud consoles, SaaS with local accounts. "Current" means the list is refreshed from the systems themselves, not from memory. Accounts that match no one in the authoritative directory (orphans) are a sign the list is not reconciled.',
      answers: [
        { stage: 1, text: 'No list exists, or only a spreadsheet kept by hand for one directory.' },
        {
          stage: 2,
          text: 'The main directory is listed from an export; other directories and clouds are listed occasionally or not at all.'
        },
        {
          stage: 3,
          text: 'All directories and clouds are exported on a schedule and reconciled against HR, with orphans followed up.'
        },
        {
          stage: 4,
          text: 'Accounts in every system are synchronised continuously from an authoritative source; an unmatched account raises an alert within a day.'
        }
      ],
      covers: ['step1.catalogue-identities', 'pitfall.skipped-inventory'],
      evidence: {
        source: { kind: 'finding', ruleId: 'ZTW-INV-001', per: 'accounts' },
        label:
          'human accounts that match no person in the authoritative directory (orphans), as a share of all accounts',
        unit: 'percent',
        bands: [
          { atMost: 0, stage: 4 },
          { below: 2, stage: 3 },
          { below: 10, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's1-q02',
      step: 1,
      ztmm: 'Identity Stores',
      text: 'Are non-human identities (service accounts, application registrations, API keys, tokens, certificates) listed with an owner and a purpose?',
      why: 'Machine identities often hold broad, long-lived rights and nobody notices when they are misused, so an unlisted one is an open door.',
      help: 'Include IAM users used only by access keys, service principals and their secrets, GCP service-account keys, AD accounts with a service principal name, and tokens issued to integrations. Owner means a named person or team who answers for it. The figure is the share of service accounts with no owner recorded, where the export carries owners at all.',
      answers: [
        {
          stage: 1,
          text: 'Nobody keeps a list; service accounts are found when something breaks.'
        },
        {
          stage: 2,
          text: 'Some service accounts are listed, without owners or without their keys and secrets.'
        },
        {
          stage: 3,
          text: 'Every service account and credential in the main platforms is listed with an owner, purpose and expiry, reviewed at least twice a year.'
        },
        {
          stage: 4,
          text: 'New machine identities cannot be created without an owner and purpose; the list updates itself from every platform and flags ownerless ones.'
        }
      ],
      covers: ['step1.catalogue-identities', 'pitfall.neglected-nhi'],
      evidence: {
        source: { kind: 'finding', ruleId: 'ZTW-INV-002', per: 'service-accounts' },
        label:
          'enabled service accounts with no owner, as a share of all service accounts (systems whose exports name no owners are not judged)',
        unit: 'percent',
        bands: [
          { atMost: 0, stage: 3 },
          { below: 25, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's1-q03',
      step: 1,
      ztmm: 'Identity Stores',
      text: 'Are roles and groups, including nested groups, listed with their members and what they grant?',
      why: 'Rights are mostly granted through groups and roles, so an account list without them hides who can actually reach what.',
      help: 'Think of directory groups (including nesting), cloud IAM roles and bindings, admin roles in SaaS consoles and privileged role assignments that are eligible rather than active.',
      answers: [
        {
          stage: 1,
          text: 'Group and role membership is only visible by opening each system console.'
        },
        {
          stage: 2,
          text: 'Membership of the main groups and roles is exported now and then; nesting and eligible assignments are not resolved.'
        },
        {
          stage: 3,
          text: 'All groups and roles, nested membership and eligible assignments are exported regularly and kept with the account list.'
        },
        {
          stage: 4,
          text: 'Group and role data is collected continuously and every change to membership is recorded and attributable.'
        }
      ],
      covers: ['step1.catalogue-identities']
    },
    {
      id: 's1-q04',
      step: 1,
      ztmm: 'Governance',
      text: 'When people leave or stop using an account, how quickly is it disabled?',
      why: 'Dormant and leftover accounts keep their rights and are a favourite foothold, because nobody watches an account nobody uses.',
      help: 'Look at joiner, mover and leaver handling, and at accounts with no sign-in for 90 days or more (the figure below counts them against the as-of date).',
      answers: [
        {
          stage: 1,
          text: 'Accounts are removed only when someone remembers; many unused accounts stay enabled.'
        },
        {
          stage: 2,
          text: 'Leavers are disabled by a ticket in the main directory; other systems and unused accounts are cleaned up in occasional sweeps.'
        },
        {
          stage: 3,
          text: 'Leavers are disabled in all systems within a working day and unused accounts are reviewed every quarter.'
        },
        {
          stage: 4,
          text: 'Disabling follows the HR record automatically everywhere, and accounts idle beyond the agreed period are disabled without manual steps.'
        }
      ],
      covers: ['step1.catalogue-identities', 'req.least-privilege-authz'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'dormant', per: 'accounts' },
        label: 'enabled accounts dormant for more than 90 days, as a share of all accounts',
        unit: 'percent',
        bands: [
          { below: 2, stage: 4 },
          { below: 5, stage: 3 },
          { below: 15, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's1-q05',
      step: 1,
      ztmm: 'Access Management',
      text: 'Can you say what each identity is effectively allowed to do, once inherited, nested and cross-account rights are added up?',
      why: 'Attackers use the rights an identity really has, not the ones written on its role name; hidden paths to admin are how a minor account becomes a major breach.',
      help: 'Effective permissions combine direct grants, group and role inheritance, policy documents, trust relationships and escalation paths (for example the right to attach a policy to oneself). The figure counts principals that can reach admin rights by such a path.',
      answers: [
        {
          stage: 1,
          text: 'Rights are known only as role names; nobody works out what they add up to.'
        },
        {
          stage: 2,
          text: 'Effective rights are worked out by hand for a few critical systems when an audit asks.'
        },
        {
          stage: 3,
          text: 'A tool calculates effective rights and escalation paths for directories both in the cloud and on site, at least monthly.'
        },
        {
          stage: 4,
          text: 'Effective rights and paths to admin are recalculated on every change, and a new path raises an alert.'
        }
      ],
      covers: ['step1.map-effective-permissions'],
      evidence: {
        source: { kind: 'kpi', kpiId: 'escalation' },
        label: 'principals that can reach admin-equivalent rights through an escalation path',
        unit: 'count',
        bands: [
          { atMost: 0, stage: 3 },
          { below: 10, stage: 2 }
        ],
        otherwise: 1
      }
    },
    {
      id: 's1-q06',
      step: 1,
      ztmm: 'Governance',
      text: 'Is there a current list of who holds administrative or privileged rights in each system?',
      why: 'Privileged accounts are where attackers aim first; a list is the starting point for MFA, just-in-time access and monitoring of exactly those accounts.',
      help: 'Cover directory admin roles (eligible and active), cloud owners and IAM administrators, SaaS super admins, domain admin groups and break-glass accounts.',
      answers: [
        { stage: 1, text: 'Nobody can produce the list without days of digging.' },
        { stage: 2, text: 'A list exists for the main directory but is updated only for audits.' },
        {
          stage: 3,
          text: 'Privileged holders in every system are listed, with a named reason, and reviewed each quarter.'
        },
        {
          stage: 4,
          text: 'The privileged list is generated continuously from every system and any addition outside the approved process raises an alert.'
        }
      ],
      covers: ['step1.map-effective-permissions', 'step1.catalogue-identities']
    },
    {
      id: 's1-q07',
      step: 1,
      ztmm: 'Visibility and Analytics',
      text: 'Is identity data from all sources brought together in one normalised view, with each person linked to all of their accounts?',
      why: 'Separate consoles hide the person who holds an admin role in one cloud and a dormant account in another; one view shows the whole exposure.',
      help: 'Normalised means the same fields mean the same thing whichever system they came from (enabled, last sign-in, MFA methods). Linking uses email, UPN, employee id or directory synchronisation attributes.',
      answers: [
        { stage: 1, text: 'Each system is looked at in its own console; nothing is combined.' },
        {
          stage: 2,
          text: 'Exports are combined by hand in spreadsheets for a project or an audit.'
        },
        {
          stage: 3,
          text: 'A shared repository combines all main sources on a schedule and links accounts to people.'
        },
        {
          stage: 4,
          text: 'One view updated continuously from every source shows each person with all accounts, rights and recent activity.'
        }
      ],
      covers: ['step1.single-pane']
    }
  ]
};
