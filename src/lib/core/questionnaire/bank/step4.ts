/** Step 4 of the roadmap: identity threat detection and response (ITDR). */
import type { Section } from '../schema';

export const STEP4: Section = {
  id: 'step4',
  step: 4,
  title: 'Continuous monitoring',
  intro:
    'Controls fail and credentials get stolen; what matters then is how soon someone notices. These questions ask what identity activity is collected, what is detected in it, and who acts on it.',
  questions: [
    {
      id: 's4-q01',
      step: 4,
      ztmm: 'Visibility and Analytics',
      text: 'Are sign-in and audit logs from every identity system collected in one place, kept long enough and watched as events arrive?',
      why: 'Without the logs no detection is possible, and an incident cannot be reconstructed afterwards.',
      help: 'Sources: directory sign-in and audit logs, cloud control-plane logs (CloudTrail, Cloud Audit Logs), identity-provider system logs, domain controller security events. The figure counts the monitoring detections this workbook could run on the logs handed over, a sign of how much activity is recorded, not of who watches it.',
      answers: [
        {
          stage: 1,
          text: 'Logs stay in each system with default retention and nobody looks at them.'
        },
        {
          stage: 2,
          text: 'Some logs are sent to a central store; they are searched after an incident.'
        },
        {
          stage: 3,
          text: 'Logs from all identity systems reach a SIEM with retention of a year or more, and alert rules run on them.'
        },
        {
          stage: 4,
          text: 'All identity telemetry streams into analytics in near real time and coverage gaps are themselves detected.'
        }
      ],
      covers: ['step4.monitor-flows', 'principle.continuous-monitoring'],
      evidence: {
        source: { kind: 'rules-assessed', rulePrefix: 'ZTW-MON-' },
        label: 'monitoring detections the imported logs allowed this workbook to run',
        unit: 'count',
        bands: [{ below: 4, stage: 2 }],
        otherwise: 3
      }
    },
    {
      id: 's4-q02',
      step: 4,
      ztmm: 'Visibility and Analytics',
      text: 'Is the issuing and use of tokens watched for theft and replay?',
      why: 'Attackers who steal a token skip the sign-in altogether, so sign-in monitoring alone misses them.',
      help: 'Signals include a token used from a different device or network than it was issued to, unusual consent grants to applications, and new credentials added to an application.',
      answers: [
        { stage: 1, text: 'Token activity is not collected.' },
        { stage: 2, text: 'Token events are logged but only reviewed during investigations.' },
        {
          stage: 3,
          text: 'Rules alert on token replay, risky consent grants and new application credentials.'
        },
        {
          stage: 4,
          text: 'Token anomalies are detected automatically and the tokens are revoked without waiting for an analyst.'
        }
      ],
      covers: ['step4.monitor-flows', 'principle.continuous-monitoring']
    },
    {
      id: 's4-q03',
      step: 4,
      ztmm: 'Visibility and Analytics',
      text: 'Do changes to the directory and to privileges (new admins, role grants, policy edits, federation changes) raise alerts?',
      why: 'A quiet grant of an admin role is how attackers make their access permanent.',
      help: 'Examples: a role assignment outside the approved process, a new federation trust, a conditional-access policy switched off, a policy attached to a user in AWS.',
      answers: [
        { stage: 1, text: 'Changes are not recorded or not looked at.' },
        { stage: 2, text: 'Changes are recorded and reviewed now and then.' },
        {
          stage: 3,
          text: 'Privilege and policy changes raise alerts that are triaged the same day.'
        },
        {
          stage: 4,
          text: 'Unapproved privilege changes are detected and rolled back automatically.'
        }
      ],
      covers: ['step4.monitor-flows', 'step4.detect-anomalies']
    },
    {
      id: 's4-q04',
      step: 4,
      ztmm: 'Risk Assessments',
      text: 'Is the behaviour of machine identities watched, for example a dormant service account waking up or one signing in interactively?',
      why: 'Service accounts behave predictably, so a change is a strong signal, yet they are the accounts least often monitored.',
      help: 'Look for alerts on first use after a long silence, use from new addresses, interactive sign-ins by accounts meant for automation, and keys used outside their usual workload.',
      answers: [
        { stage: 1, text: 'Machine-identity activity is not monitored.' },
        { stage: 2, text: 'Activity is logged and reviewed when something goes wrong.' },
        {
          stage: 3,
          text: 'Rules alert on dormant service accounts reactivating and on interactive use of service accounts.'
        },
        {
          stage: 4,
          text: 'Each machine identity has a learned baseline and departures from it are detected and contained automatically.'
        }
      ],
      covers: ['step4.monitor-flows', 'step4.detect-anomalies', 'pitfall.neglected-nhi']
    },
    {
      id: 's4-q05',
      step: 4,
      ztmm: 'Risk Assessments',
      text: 'Are anomalous sign-ins and sudden jumps in privilege detected (impossible travel, new countries, unusual hours, rapid escalation)?',
      why: 'A valid credential used by the wrong person looks normal to every control except behavioural detection.',
      help: "Detections may come from the identity provider's risk engine, a SIEM or an ITDR tool. What counts is that an alert reaches someone who acts on it.",
      answers: [
        { stage: 1, text: 'No anomaly detection exists.' },
        {
          stage: 2,
          text: 'The identity provider flags risky sign-ins but nobody reviews them regularly.'
        },
        {
          stage: 3,
          text: 'Anomalous sign-ins and privilege jumps raise alerts that a team triages with a playbook.'
        },
        {
          stage: 4,
          text: 'Anomalies are scored across all identity systems together, and high-risk ones trigger containment automatically.'
        }
      ],
      covers: ['step4.detect-anomalies', 'principle.assume-breach']
    },
    {
      id: 's4-q06',
      step: 4,
      ztmm: 'Risk Assessments',
      text: 'Are bursts of failed MFA prompts, password sprays and brute-force attempts detected and acted on?',
      why: 'Repeated failures are the visible edge of credential stuffing and MFA fatigue attacks, and they usually come before a success.',
      help: 'Look for alerts on many denied or ignored MFA prompts followed by an approval, one source failing against many accounts, and many failures against one account.',
      answers: [
        { stage: 1, text: 'Failed sign-ins and MFA denials are not tracked.' },
        {
          stage: 2,
          text: 'Lockout policies exist; failures are looked at only when users complain.'
        },
        {
          stage: 3,
          text: 'Rules alert on MFA fatigue, sprays and brute force, and the affected accounts are checked.'
        },
        {
          stage: 4,
          text: 'Such attacks are blocked as they happen and the targeted accounts are protected automatically, for example by forcing a stronger method.'
        }
      ],
      covers: ['step4.failed-mfa']
    }
  ]
};
