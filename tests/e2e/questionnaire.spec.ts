import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_BANK } from '../../src/lib/core/questionnaire/bank';
import { importFiles, newAssessment, realExport } from './app';

const AWS_REPORT = realExport(
  '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
);

type Planned = 1 | 2 | 3 | 4 | 'na' | 'unknown';
const LABELS: Record<string, string> = {
  '1': 'Traditional',
  '2': 'Initial',
  '3': 'Advanced',
  '4': 'Optimal',
  na: 'Not applicable',
  unknown: "Don't know"
};
/** Radio order on screen: the four stages, then N/A and don't know. */
const POSITION: Record<string, number> = { '1': 0, '2': 1, '3': 2, '4': 3, na: 4, unknown: 5 };
// A mix of every answer; seven is prime to the section sizes, so each step gets several kinds.
const CYCLE: Planned[] = [3, 1, 'na', 4, 2, 'unknown', 3];
const OVERRIDDEN = 's2-q02';
const REASON = 'Registration is counted, but sign-in policies only enforce MFA for the VPN';

const QUESTIONS = DEFAULT_BANK.sections.flatMap((s) => s.questions);

/** Half away from zero to one decimal, as SPEC §5 rounds, without float slips. */
function round1(value: number): number {
  return Math.floor(value * 10 + 0.5 + 1e-9) / 10;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Presses Tab until `target` has the focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 20) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const group = (page: Page, text: string) =>
  page.getByRole('radiogroup', { name: text, exact: true });

async function scoresShown(page: Page) {
  const steps: string[] = [];
  for (const step of [1, 2, 3, 4, 5]) {
    steps.push(
      (await page.locator(`[data-testid="step-score"][data-step="${step}"]`).textContent()) ?? ''
    );
  }
  return { steps, overall: (await page.getByTestId('overall-score').textContent())?.trim() };
}

test('the whole questionnaire answered by keyboard survives a reload with the scores it implies', async ({
  page
}, info) => {
  test.setTimeout(300_000);
  const id = await newAssessment(page, info);
  await importFiles(page, [AWS_REPORT]);
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Questionnaire' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/questionnaire$`));

  await page.getByRole('radio', { name: 'One question at a time' }).press('Space');
  await page.getByTestId('section-link').first().press('Enter');

  const chosen = new Map<string, Planned>();
  for (const [i, question] of QUESTIONS.entries()) {
    const radios = group(page, question.text).getByRole('radio');
    await expect(radios).toHaveCount(6);
    await expect(radios.first()).toBeFocused();
    const card = page.locator(`[data-testid="question"][data-id="${question.id}"]`);
    const evidence = card.getByTestId('evidence');
    let planned = CYCLE[i % CYCLE.length];

    if (question.id === OVERRIDDEN) {
      // 9 of the 18 people have MFA (50.0%): below the bank's 90% band, so stage 2 (Initial).
      await expect(evidence).toHaveAttribute('data-suggested', '2');
      await expect(evidence).toContainText('50.0% (9 of 18)');
      planned = 3;
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(card.getByText('choosing stage 3 needs a reason')).toBeVisible();
      await tabTo(page, card.getByRole('textbox', { name: /Reason for choosing stage 3/ }));
      await page.keyboard.type(REASON);
      await page.keyboard.press('Tab');
      await expect(card.getByText('overrides the data', { exact: true })).toBeVisible();
    } else if ((await evidence.count()) > 0) {
      // Other evidence the credential report bears on: take the data's stage.
      const suggested = Number(await evidence.getAttribute('data-suggested')) as Planned;
      planned = suggested;
      await tabTo(page, card.getByRole('button', { name: /^Accept stage/ }));
      await page.keyboard.press('Space');
      await expect(card.getByText('follows the data', { exact: true })).toBeVisible();
    } else if (POSITION[String(planned)] === 0) {
      await page.keyboard.press('Space');
    } else {
      for (let n = 0; n < POSITION[String(planned)]; n++) await page.keyboard.press('ArrowDown');
    }
    await expect(
      group(page, question.text).getByRole('radio', { name: LABELS[String(planned)], exact: true })
    ).toBeChecked();
    chosen.set(question.id, planned);

    if (i === 0) {
      await tabTo(page, card.getByRole('textbox', { name: 'Notes' }));
      await page.keyboard.type('Asked the HR lead for the leavers feed');
      await tabTo(page, page.getByRole('button', { name: 'Next question →' }));
      await page.keyboard.press('Space');
    } else if (i < QUESTIONS.length - 1) {
      await page.keyboard.press('PageDown');
    }
  }
  await expect(page.getByRole('button', { name: 'Next question →' })).toBeDisabled();

  // The scores SPEC §8 gives: mean per step without N/A and don't know, then the mean of steps.
  const stepMeans = [1, 2, 3, 4, 5].map((step) => {
    const stages = QUESTIONS.filter((q) => q.step === step)
      .map((q) => chosen.get(q.id))
      .filter((s): s is 1 | 2 | 3 | 4 => typeof s === 'number');
    expect(stages.length, `step ${step} has answered questions`).toBeGreaterThan(0);
    return mean(stages);
  });
  const expectedSteps = stepMeans.map((m) => round1(m).toFixed(1));
  const expectedOverall = round1(mean(stepMeans)).toFixed(1);
  for (const [i, value] of expectedSteps.entries()) {
    await expect(page.locator(`[data-testid="step-score"][data-step="${i + 1}"]`)).toHaveText(
      value
    );
  }
  await expect(page.getByTestId('overall-score')).toHaveText(expectedOverall);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const before = await scoresShown(page);
  if ([1, 2].includes(chosen.get('pf-q04') as number)) {
    await expect(page.locator('[data-pitfall="no-kpis"]')).toBeVisible();
  }

  await page.reload();
  await page.getByRole('radio', { name: 'Whole section' }).press('Space');
  for (const [s, section] of DEFAULT_BANK.sections.entries()) {
    await page.getByTestId('section-link').nth(s).press('Enter');
    for (const question of section.questions) {
      const planned = String(chosen.get(question.id));
      await expect(
        group(page, question.text).getByRole('radio', { name: LABELS[planned], exact: true })
      ).toBeChecked();
      await expect(group(page, question.text).getByRole('radio', { checked: true })).toHaveCount(1);
    }
  }
  const overridden = page.locator(`[data-testid="question"][data-id="${OVERRIDDEN}"]`);
  await page.getByTestId('section-link').nth(1).press('Enter');
  await expect(overridden.getByRole('textbox', { name: /Reason/ })).toHaveValue(REASON);
  await page.getByTestId('section-link').nth(0).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Notes' }).first()).toHaveValue(
    'Asked the HR lead for the leavers feed'
  );
  expect(await scoresShown(page)).toEqual(before);
  expect(before).toEqual({ steps: expectedSteps, overall: expectedOverall });

  // A target moves the gap: gap = target − the exact step mean, rounded once.
  await page.getByRole('combobox', { name: 'Target stage for step 1' }).selectOption('4');
  await expect(page.locator('[data-testid="step-gap"][data-step="1"]')).toHaveText(
    round1(4 - stepMeans[0]).toFixed(1)
  );

  await page.screenshot({ path: '.tmp/questionnaire.png', fullPage: true });

  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByTestId('kpi-maturity')).toHaveAttribute('data-value', expectedOverall);
});

test('a bad bank changes nothing and lists its errors; a good one is used until restored', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Questionnaire' })
    .click();
  await expect(page.getByTestId('bank-origin')).toHaveText('the built-in bank');

  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the bank as JSON' }).click();
  const file = await (await downloaded).path();
  const { readFileSync } = await import('node:fs');
  const bank = JSON.parse(readFileSync(file, 'utf8')) as typeof DEFAULT_BANK;
  expect(bank.sections.flatMap((s) => s.questions)).toHaveLength(QUESTIONS.length);

  const broken = structuredClone(bank) as unknown as {
    sections: { questions: { answers: unknown[] }[] }[];
  };
  broken.sections[1].questions[0].answers.pop();
  await page.getByTestId('bank-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken))
  });
  const errors = page.getByTestId('bank-errors');
  await expect(errors).toContainText('sections[1].questions[0].answers');
  await expect(errors).toContainText('nothing changed');
  await expect(page.getByTestId('bank-origin')).toHaveText('the built-in bank');

  const own = { ...bank, title: 'Our consultancy questionnaire', version: '2.0.0' };
  own.sections[0].questions[0].text = 'Is every identity store listed, with its owner named?';
  await page.getByTestId('bank-file').setInputFiles({
    name: 'own.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own))
  });
  await expect(errors).toBeHidden();
  await expect(page.getByTestId('bank-origin')).toHaveText('your own bank');
  await expect(
    page.getByRole('radiogroup', { name: own.sections[0].questions[0].text, exact: true })
  ).toBeVisible();

  await page.getByRole('button', { name: 'Restore the built-in bank' }).click();
  await expect(page.getByTestId('bank-origin')).toHaveText('the built-in bank');
  await expect(
    page.getByRole('radiogroup', { name: QUESTIONS[0].text, exact: true })
  ).toBeVisible();
});
