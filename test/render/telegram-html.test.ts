import fc from 'fast-check';
import { expect, it } from 'vitest';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { replyToHtmlMessages } from '../../src/render/telegram-html.js';
import { bold, line, pre, type Reply } from '../../src/reply/reply.js';

it('escapes every value in HTML', () => {
  const reply: Reply = { blocks: [line('a < b & c > d ', bold('<b>'))], data: {} };
  expect(replyToHtmlMessages(reply)).toEqual(['a &lt; b &amp; c &gt; d <b>&lt;b&gt;</b>']);
  expect(replyToPlainText(reply)).toBe('a < b & c > d <b>');
});

it('splits long replies into messages of at most 4096 characters without breaking tags', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3000 }), fc.constant('&<>'.repeat(2000))), { minLength: 1, maxLength: 8 }), fc.boolean(), (texts, asPre) => {
      const reply: Reply = { blocks: texts.map((t) => (asPre ? pre(t) : line(bold(t)))), data: {} };
      const messages = replyToHtmlMessages(reply);
      for (const message of messages) {
        expect(message.length).toBeGreaterThan(0);
        expect(message.length).toBeLessThanOrEqual(4096);
        const opened = (message.match(/<(b|pre)>/g) ?? []).length;
        const closed = (message.match(/<\/(b|pre)>/g) ?? []).length;
        expect(opened).toBe(closed);
        expect(message).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }
    }),
    { numRuns: 60 },
  );
});
