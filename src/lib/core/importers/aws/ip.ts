/** Caller addresses in logs: an IP, or a service name (`ec2.amazonaws.com`, `AWS Internal`). */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** True for a dotted IPv4 address or an IPv6 address; false for host and service names. */
export function isIpAddress(value: string): boolean {
  const v4 = IPV4.exec(value);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255);
  return value.includes(':') && /^[0-9a-f:.]+$/i.test(value);
}
