import type { BarChart } from '../charts/bar-chart-svg.js';
import type { Lang } from '../i18n/lang.js';
import type { Subject } from '../language/index.js';
import type { ScenarioResult } from '../projection/index.js';

// A command's answer, independent of where it is shown: Telegram HTML, console text or JSON.

/** A run of text; user-supplied values go in as plain strings and are escaped by each renderer. */
export type Inline = string | { bold: string } | { italic: string } | { code: string };

/** A paragraph line, or a monospace block (tables). */
export type Block = { line: Inline[] } | { pre: string };

/** A button runs `action` as if the user had typed it (a command line, or an internal `cb:` action). */
export interface ReplyButton {
  label: string;
  action: string;
}

/** Scenarios to draw: the transport renders them to a PNG only where a picture can be shown. */
/** A picture sent after the text: a scenario chart, or a bar chart of a breakdown. */
export type ChartRequest = (
  | { scenarios: { label: string; result: ScenarioResult }[]; bars?: undefined }
  | { bars: BarChart; scenarios?: undefined }
) & {
  lang: Lang;
  /** A line under the picture saying what it shows. */
  caption?: string;
};

export interface Reply {
  blocks: Block[];
  /** Inline buttons under the message, in rows. */
  buttons?: ReplyButton[][];
  /** A reply keyboard of ready-made queries (shown by /start). */
  keyboard?: string[][];
  chart?: ChartRequest;
  /**
   * Already queued in the outbox, in the transaction that did what it tells of (a confirmed
   * reallocation): a transport that sends the outbox must not send it again.
   */
  queued?: true;
  /**
   * Replaces the message whose button was pressed (its text, and its buttons go), where there is
   * one: a preview that was cancelled says so in place instead of keeping buttons that do nothing.
   */
  replacesOrigin?: true;
  /** The figures behind the text, for `ask --json` and tests. */
  data: Record<string, unknown>;
  /** The one thing the answer is about: what a follow-up's "он", "оның", "it" stands for. */
  subject?: Subject;
}

/** A reply of one plain line. */
export const say = (text: string): Reply => ({ blocks: [{ line: [text] }], data: {} });

export const bold = (text: string): Inline => ({ bold: text });
export const italic = (text: string): Inline => ({ italic: text });
export const code = (text: string): Inline => ({ code: text });
export const line = (...parts: Inline[]): Block => ({ line: parts });
export const pre = (text: string): Block => ({ pre: text });

