/**
 * Okta API links (`_links.*.href`). Factor and role listings name their user only through these
 * links, so the user id has to be read from the URL.
 */
import { obj, prop, text } from '../../decode/values';

const USER_PATH = /\/api\/v1\/users\/([^/?#]+)/;
const GROUP_PATH = /\/api\/v1\/groups\/([^/?#]+)/;

/** The user id in an `/api/v1/users/<id>…` link (factor `self` links carry it too). */
export function userIdFromHref(href: unknown): string | undefined {
  const t = text(href);
  return t ? USER_PATH.exec(t)?.[1] : undefined;
}

/** The group id in an `/api/v1/groups/<id>…` link. */
export function groupIdFromHref(href: unknown): string | undefined {
  const t = text(href);
  return t ? GROUP_PATH.exec(t)?.[1] : undefined;
}

/** The org host of an Okta API link (`https://acme.okta.com/api/v1/…` → `acme.okta.com`). */
export function orgHostFromHref(href: unknown): string | undefined {
  const t = text(href);
  const host = t ? /^https?:\/\/([^/?#]+)/i.exec(t)?.[1] : undefined;
  return host?.toLowerCase();
}

/** The `href` of one named link of an Okta object (`_links.<name>.href`). */
export function linkHref(value: unknown, name: string): string | undefined {
  const link = prop(obj(prop(value, '_links')), name);
  return text(prop(link, 'href'));
}
