import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/lib/core/report';
import { renderPdf } from '../../../src/lib/core/report/pdf';
import { sampleInput } from './sample';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = fs.existsSync(PDFTOTEXT);

/** Writes the PDF to a temp file and returns pdftotext's text (layout order). */
function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ztw-report-'));
  const file = path.join(dir, 'report.pdf');
  fs.writeFileSync(file, bytes);
  // Set ZTW_REPORT_PDF to keep a copy for looking at the pages.
  if (process.env.ZTW_REPORT_PDF) fs.copyFileSync(file, process.env.ZTW_REPORT_PDF);
  try {
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderPdf', () => {
  it('renderPdf(model) writes a PDF with the same bytes for the same model', async () => {
    const model = buildReportModel(sampleInput());
    const a = await renderPdf(model);
    const b = await renderPdf(buildReportModel(sampleInput()));
    expect(new TextDecoder().decode(a.slice(0, 5))).toBe('%PDF-');
    expect(a.length).toBeGreaterThan(10_000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.skipIf(!hasPdftotext)(
    'renderPdf(model) prints the sections, the KPI values and Cyrillic and Greek names (pdftotext)',
    async () => {
      const text = pdfText(await renderPdf(buildReportModel(sampleInput())));
      for (const heading of [
        'Zero Trust identity assessment',
        'Contents',
        'Executive summary',
        'Maturity by step',
        'Findings',
        'Roadmap',
        'Metric definitions',
        'Methodology and data sources',
        'Comparison with the assessment of 2016-11-30'
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain('Анна Соколова');
      expect(text).toContain('Νίκος Παπαδόπουλος');
      expect(text).toContain('57.9%');
      expect(text).toContain('1,234');
      expect(text).toContain('not assessed');
      expect(text).toContain('CONFIDENTIAL — prepared for Contoso Ltd; do not distribute');
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toContain('c7n_test_account_credential_report');
    }
  );

  it.skipIf(!hasPdftotext)(
    'renderPdf(pseudonymised model) prints aliases, never the names',
    async () => {
      const text = pdfText(
        await renderPdf(buildReportModel(sampleInput({ pseudonymise: { salt: 'contoso-2017' } })))
      );
      expect(text).not.toContain('Анна');
      expect(text).not.toContain('Νίκος');
      expect(text).not.toContain('Jennifer');
      expect(text).toMatch(/User-[0-9A-F]{4}/);
    }
  );

  if (!hasPdftotext) {
    it('pdftotext is missing: text checks skipped (install poppler-utils)', () => {
      expect(hasPdftotext).toBe(false);
    });
  }
});
