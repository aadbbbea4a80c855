/**
 * Built-in Entra directory roles by template id, from Microsoft's "Microsoft Entra built-in
 * roles" reference (learn.microsoft.com/entra/identity/role-based-access-control/
 * permissions-reference, January 2026). `privileged` is true for the roles SPEC §6 names and
 * for the roles Microsoft labels PRIVILEGED there. A few common unprivileged roles are listed
 * only so that assignments without an expanded role definition still get a name.
 */

export interface BuiltInRole {
  templateId: string;
  name: string;
  privileged: boolean;
}

const ROLES: [string, string, boolean][] = [
  // SPEC §6 admin-equivalent list.
  ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator', true],
  ['e8611ab8-c189-46e8-94e1-60213ab1f814', 'Privileged Role Administrator', true],
  ['7be44c8a-adaf-4e2a-84d6-ab2649e08a13', 'Privileged Authentication Administrator', true],
  ['194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator', true],
  ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', true],
  ['158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator', true],
  ['29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator', true],
  ['f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'SharePoint Administrator', true],
  ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator', true],
  ['c4e39bd9-1100-46d3-8c65-fb160da0071f', 'Authentication Administrator', true],
  ['b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator', true],
  ['8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', 'Hybrid Identity Administrator', true],
  ['3a2c62db-5318-420d-8d74-23affee5d9d5', 'Intune Administrator', true],
  ['729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Helpdesk Administrator', true],

  // Further roles Microsoft labels PRIVILEGED.
  ['db506228-d27e-4b7d-95e5-295956d6615f', 'Agent ID Administrator', true],
  ['cf1c38e5-3621-4004-a7cb-879624dced7c', 'Application Developer', true],
  ['ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe', 'Attribute Provisioning Administrator', true],
  ['422218e4-db15-4ef9-bbe0-8afb41546d79', 'Attribute Provisioning Reader', true],
  ['25a516ed-2fa0-40ea-a2d0-12923a21473a', 'Authentication Extensibility Administrator', true],
  ['aaf43236-0c0d-4d5f-883a-6955382ac081', 'B2C IEF Keyset Administrator', true],
  ['7698a772-787b-4ac8-901f-60d6b08affd2', 'Cloud Device Administrator', true],
  ['9360feb5-f418-4baa-8175-e2a00bac4301', 'Directory Writers', true],
  ['8329153b-31d0-4727-b945-745eb3bc5f31', 'Domain Name Administrator', true],
  ['be2f45a1-457d-42af-a067-6ec1fa63bc45', 'External Identity Provider Administrator', true],
  ['f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'Global Reader', true],
  ['59d46f88-662b-457b-bceb-5c3809e5908f', 'Lifecycle Workflows Administrator', true],
  ['4ba39ca4-527c-499a-b93d-d9b492c50246', 'Partner Tier1 Support', true],
  ['e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', 'Partner Tier2 Support', true],
  ['966707d0-3269-4727-9be2-8c3a10f19b9d', 'Password Administrator', true],
  ['5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', 'Security Operator', true],
  ['5d6b6bb7-de71-4623-b4af-96380a352509', 'Security Reader', true],

  // Common unprivileged roles, for names only.
  ['88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'Directory Readers', false],
  ['d29b2b05-8046-44ba-8758-1e26182fcf32', 'Directory Synchronization Accounts', false],
  ['4a5d8f65-41da-4de4-8968-e035b65339cf', 'Reports Reader', false],
  ['fdd7a751-b60b-444a-984c-02652fe8fa1c', 'Groups Administrator', false],
  ['4d6ac14f-3453-41d0-bef9-a3e0c569773a', 'License Administrator', false],
  ['b0f54661-2d74-4c50-afa3-1ec803f12efe', 'Billing Administrator', false],
  ['69091246-20e8-4a56-aa4d-066075b2a7a8', 'Teams Administrator', false],
  ['17315797-102d-40b4-93e0-432062caca18', 'Compliance Administrator', false],
  ['0526716b-113d-4c15-b2c8-68e3c22b9f80', 'Authentication Policy Administrator', false],
  ['95e79109-95c0-4d8e-aee3-d01accf2d47b', 'Guest Inviter', false],
  ['f023fd81-a637-4b56-95fd-791ac0226033', 'Service Support Administrator', false],
  ['11648597-926c-4cf3-9c36-bcebb0ba8dcc', 'Power Platform Administrator', false]
];

/** Names older tools still print (MSOnline, the classic portal) for the same templates. */
const LEGACY_NAMES: [string, string][] = [
  ['company administrator', '62e90394-69f5-4237-9190-012177145e10'],
  ['exchange service administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'],
  ['sharepoint service administrator', 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c'],
  ['user account administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'],
  ['helpdesk administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8']
];

const BY_ID = new Map<string, BuiltInRole>(
  ROLES.map(([templateId, name, privileged]) => [templateId, { templateId, name, privileged }])
);
const BY_NAME = new Map<string, BuiltInRole>(
  ROLES.map(([templateId, name, privileged]) => [
    name.toLowerCase(),
    { templateId, name, privileged }
  ])
);
for (const [legacy, templateId] of LEGACY_NAMES) {
  const role = BY_ID.get(templateId);
  if (role && !BY_NAME.has(legacy)) BY_NAME.set(legacy, role);
}

/** The built-in role with this template (or built-in definition) id, if known. */
export function builtInRoleById(templateId: string): BuiltInRole | undefined {
  return BY_ID.get(templateId.trim().toLowerCase());
}

/** The built-in role with this display name (case-insensitive), if known. */
export function builtInRoleByName(name: string): BuiltInRole | undefined {
  return BY_NAME.get(name.trim().toLowerCase().replace(/\s+/g, ' '));
}
