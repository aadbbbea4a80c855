/**
 * The questionnaire workshop's state: answers saved as soon as they change (SPEC §8), the
 * answers saved in this session shown at once while the analysis catches up, and where the
 * workshop is (section, question, one-at-a-time or whole-section view).
 */
import { SvelteMap } from 'svelte/reactivity';
import { suggestStage, type Answer, type Question, type Suggestion } from '$lib/core/questionnaire';
import { deleteDoc, putDoc } from '$lib/db/docs';
import { describeStorageError } from '$lib/db/errors';
import type { AssessmentState } from '$lib/ui/state/assessment.svelte';
import { questionnaireOf, type QuestionnaireView } from './view';

export type Mode = 'section' | 'one';

// A per-browser view preference, not assessment data, so it lives outside the database.
const MODE_KEY = 'ztw.questionnaire.mode';
const TEXT_DELAY_MS = 600;
const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' });

function readMode(): Mode {
  try {
    return localStorage.getItem(MODE_KEY) === 'one' ? 'one' : 'section';
  } catch {
    return 'section';
  }
}

export class QuestionnaireState {
  readonly a: AssessmentState;
  readonly view: QuestionnaireView | null;
  mode = $state<Mode>(readMode());
  sectionId = $state<string | null>(null);
  /** The question shown in one-at-a-time mode, by its index in the section. */
  index = $state(0);
  /** A question whose first radio should take the focus once it is on screen. */
  focusRequest = $state<string | null>(null);
  pending = $state(0);
  savedAt = $state<string | null>(null);
  error = $state<string | null>(null);

  private readonly local = new SvelteMap<string, Answer>();
  // Timers drive nothing on screen, so a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly timers = new Map<
    string,
    { id: ReturnType<typeof setTimeout>; run: () => void }
  >();

  constructor(a: AssessmentState) {
    this.a = a;
    this.view = $derived(questionnaireOf(this.a.analysis));
  }

  get sections() {
    return this.view?.bank.sections ?? [];
  }

  get section() {
    return this.sections.find((s) => s.id === this.sectionId) ?? this.sections[0];
  }

  /** The answer as it stands now: saved in this session, else as the analysis read it. */
  answerOf(questionId: string): Answer | undefined {
    return this.local.get(questionId) ?? this.view?.answers.get(questionId);
  }

  /** The stage the imported data suggests for a question, or null. */
  suggestionFor(question: Question): Suggestion | null {
    const analysis = this.a.analysis;
    if (!analysis) return null;
    return suggestStage(question, { kpis: analysis.kpis, findings: analysis.findings });
  }

  setMode(mode: Mode): void {
    this.mode = mode;
    try {
      localStorage.setItem(MODE_KEY, mode);
    } catch {
      // Storage refused (private mode): the choice lasts for this visit only.
    }
  }

  /** Opens a section at its first question. */
  openSection(sectionId: string): void {
    this.sectionId = sectionId;
    this.index = 0;
  }

  /** Shows a question wherever it is and moves the focus to it. */
  goTo(questionId: string): void {
    for (const section of this.sections) {
      const i = section.questions.findIndex((q) => q.id === questionId);
      if (i < 0) continue;
      this.sectionId = section.id;
      this.index = i;
      this.focusRequest = questionId;
      return;
    }
  }

  /** One question forwards or backwards, across section boundaries. */
  step(delta: 1 | -1): void {
    const sections = this.sections;
    let s = sections.indexOf(this.section);
    let i = this.index + delta;
    if (i >= sections[s].questions.length) {
      if (s + 1 >= sections.length) return;
      s += 1;
      i = 0;
    } else if (i < 0) {
      if (s === 0) return;
      s -= 1;
      i = sections[s].questions.length - 1;
    }
    this.goTo(sections[s].questions[i].id);
  }

  /** Saves one answer now (SIDE EFFECT: IndexedDB write, then the analysis reruns). */
  async save(answer: Answer): Promise<boolean> {
    const before = this.local.get(answer.questionId);
    this.local.set(answer.questionId, answer);
    this.pending += 1;
    try {
      await putDoc(this.a.id, `answer:${answer.questionId}`, $state.snapshot(answer));
      this.savedAt = TIME.format(Date.now());
      this.error = null;
      await this.a.refresh();
      return true;
    } catch (e) {
      if (before) this.local.set(answer.questionId, before);
      else this.local.delete(answer.questionId);
      this.error = describeStorageError(e, 'saving the answer');
      return false;
    } finally {
      this.pending -= 1;
    }
  }

  /** Saves typed text after a pause; `build` returns null when there is nothing to save. */
  saveSoon(key: string, build: () => Answer | null): void {
    this.cancel(key);
    const run = () => {
      this.timers.delete(key);
      const answer = build();
      if (answer) void this.save(answer);
    };
    this.timers.set(key, { id: setTimeout(run, TEXT_DELAY_MS), run });
  }

  /** Runs a waiting text save at once (on blur, or when the question leaves the screen). */
  flush(key: string): void {
    const timer = this.timers.get(key);
    if (!timer) return;
    clearTimeout(timer.id);
    timer.run();
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer.id);
    this.timers.delete(key);
  }

  flushAll(): void {
    for (const key of [...this.timers.keys()]) this.flush(key);
  }

  /** Replaces the bank in use, or restores the built-in one with null. */
  async setBank(bank: unknown | null): Promise<boolean> {
    try {
      if (bank === null) await deleteDoc(this.a.id, 'bank');
      else await putDoc(this.a.id, 'bank', bank);
      this.error = null;
      await this.a.refresh();
      return true;
    } catch (e) {
      this.error = describeStorageError(e, 'saving the question bank');
      return false;
    }
  }
}
