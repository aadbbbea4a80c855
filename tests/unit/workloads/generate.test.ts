import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvTable, SAMPLE_DIR, sampleDataFiles } from './sample-files';

const GENERATE = path.resolve(process.cwd(), 'scripts/workloads/generate.mjs');
const DEMO = path.resolve(process.cwd(), 'scripts/workloads/demo.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ztw-workloads-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(script: string, args: string[]): string {
  return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });
}

/** Every file under a folder, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const first = path.join(tmp, 'a');
const second = path.join(tmp, 'b');
const otherSeed = path.join(tmp, 'c');
run(GENERATE, ['--scale', '0.001', '--out', first]);
run(GENERATE, ['--scale', '0.001', '--out', second]);
run(GENERATE, ['--scale', '0.001', '--seed', '2', '--only', 'w1', '--out', otherSeed]);
const a = snapshot(first);

describe('generate.mjs', () => {
  it('generate.mjs --scale 0.001 writes byte-identical files for the same seed', () => {
    const b = snapshot(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('generate.mjs --seed 2 gives different rows', () => {
    const c = snapshot(otherSeed);
    expect(c.get('w1-entra-users.csv')!.equals(a.get('w1-entra-users.csv')!)).toBe(false);
  });

  it('generate.mjs --only w1 writes just W1, identical to W1 of a full run', () => {
    const c = path.join(tmp, 'd');
    run(GENERATE, ['--scale', '0.001', '--only', 'w1', '--out', c]);
    const d = snapshot(c);
    expect([...d.keys()].sort()).toEqual([
      'w1-entra-registration-details.json',
      'w1-entra-users.csv'
    ]);
    expect(d.get('w1-entra-users.csv')!.equals(a.get('w1-entra-users.csv')!)).toBe(true);
  });

  it('generate.mjs --scale 0.001 writes a thousandth of W1, W2 and W3', () => {
    const users = csvTable(a.get('w1-entra-users.csv')!.toString('utf8'));
    expect(users.rows).toHaveLength(100);
    const reg = JSON.parse(a.get('w1-entra-registration-details.json')!.toString('utf8'));
    expect(reg.value).toHaveLength(100);
    expect(reg.value.map((r: { id: string }) => r.id)).toEqual(users.rows.map((r) => r.id));

    const authz = JSON.parse(a.get('w2-aws-authorization-details.json')!.toString('utf8'));
    expect(authz.UserDetailList).toHaveLength(2);
    expect(authz.RoleDetailList).toHaveLength(5);
    const customer = authz.Policies.filter(
      (p: { Arn: string }) => !p.Arn.startsWith('arn:aws:iam::aws:')
    );
    expect(customer).toHaveLength(2);

    const signIns = csvTable(a.get('w3-entra-signins.csv')!.toString('utf8'));
    expect(signIns.rows).toHaveLength(1000);
    const times = signIns.rows.map((r) => r['Date (UTC)']);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('generate.mjs --scale 0.001 writes every W4 file, and W4 people recur across sources', () => {
    const w4 = [...a.keys()].filter((k) => k.startsWith('w4')).map((k) => path.basename(k));
    expect(w4.sort()).toEqual(
      [
        'ad-group-members.csv',
        'ad-users.csv',
        'aws-authorization-details.json',
        'aws-credential-report.csv',
        'cloudtrail.json',
        'entra-eligibility.json',
        'entra-registration-details.json',
        'entra-role-assignments.json',
        'entra-service-principals.json',
        'entra-signins.json',
        'entra-users.csv',
        'gcp-iam-policy.json',
        'gcp-org-iam-policy.json',
        'gcp-sa-keys.json',
        'google-users.csv',
        'google-users.json',
        'okta-admin-roles.json',
        'okta-factors.json',
        'okta-system-log.json',
        'okta-users.json'
      ].sort()
    );
    const text = (name: string) => a.get(path.join('w4', name))!.toString('utf8');
    const ad = csvTable(text('ad-users.csv'));
    const entra = csvTable(text('entra-users.csv'));
    const staffUpns = ad.rows
      .map((r) => r.UserPrincipalName)
      .filter((u) => u.endsWith('@northwindmeridian.example'));
    expect(staffUpns).toHaveLength(20);
    const entraUpns = new Set(entra.rows.map((r) => r.userPrincipalName));
    for (const upn of staffUpns) expect(entraUpns.has(upn), upn).toBe(true);
    for (const f of w4.filter((n) => n.endsWith('.json')))
      expect(() => JSON.parse(text(f)), f).not.toThrow();
  });

  it('generate.mjs rejects an unknown workload with exit code 2', () => {
    let status: number | null = null;
    let stderr = '';
    try {
      run(GENERATE, ['--only', 'w9', '--out', path.join(tmp, 'e')]);
    } catch (err) {
      ({ status, stderr } = err as { status: number; stderr: string });
    }
    expect([status, stderr.trim()]).toEqual([2, 'unknown workload w9']);
    expect(fs.existsSync(path.join(tmp, 'e'))).toBe(false);
  });
});

describe('demo.mjs', () => {
  it('demo.mjs regenerates the committed sample-data byte for byte', () => {
    const out = path.join(tmp, 'demo');
    run(DEMO, ['--out', out]);
    const generated = fs.readdirSync(out).sort();
    expect(generated).toEqual(sampleDataFiles());
    for (const name of generated) {
      const fresh = fs.readFileSync(path.join(out, name));
      expect(fresh.equals(fs.readFileSync(path.join(SAMPLE_DIR, name))), name).toBe(true);
    }
  });

  it('demo.mjs keeps the sample folder under 1.5 MB', () => {
    const total = fs
      .readdirSync(SAMPLE_DIR)
      .reduce((n, f) => n + fs.statSync(path.join(SAMPLE_DIR, f)).size, 0);
    expect(total).toBeLessThan(1_500_000);
  });
});
