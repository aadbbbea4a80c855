/** The exports that answer each kind of question, named the same way in every KPI and rule. */

export const NEEDS_ACCOUNTS =
  'an account export (AWS credential report, Entra users, Okta users, Google Workspace users, ' +
  'Active Directory users or GCP IAM policy)';
export const NEEDS_HUMAN_ACCOUNTS =
  'an export of human accounts for identity resolution (Entra, Okta, Google Workspace or ' +
  'Active Directory users, or an AWS credential report)';
export const NEEDS_AUTHORITATIVE_DIRECTORY =
  'an authoritative directory export (Entra, Active Directory, Okta or Google Workspace users)';
export const NEEDS_MFA_STATE =
  'MFA state (an Entra user registration details export, an AWS credential report, a Google ' +
  'Workspace user download or Okta factors)';
export const NEEDS_METHOD_TYPES =
  'MFA method types (an Entra user registration details export with methodsRegistered, or ' +
  'Okta factors per user)';
export const NEEDS_PRIVILEGE =
  'privilege data (Entra role assignments, AWS account authorization details, Okta admin ' +
  'roles, Google Workspace admins, Active Directory group membership or a GCP IAM policy)';
export const NEEDS_ESCALATION =
  'data that can show escalation paths (AWS account authorization details, Entra role ' +
  'assignments with service principals, SharpHound or Active Directory group exports, or a ' +
  'GCP IAM policy)';
export const NEEDS_SIGN_IN =
  'sign-in and creation dates (an account export with last sign-in, such as Entra users with ' +
  'signInActivity or an AWS credential report, or a sign-in log)';
export const NEEDS_CREDENTIALS =
  'a credential export (AWS credential report, Entra applications with passwordCredentials ' +
  'and keyCredentials, or gcloud service-account keys list)';
export const NEEDS_QUESTIONNAIRE = 'questionnaire answers (answer at least one question)';
