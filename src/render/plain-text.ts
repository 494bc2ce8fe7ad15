import type { Inline, Reply } from '../reply/reply.js';

// A reply as plain text: the console chat, `ask`, inline-mode descriptions.

export function inlinePlain(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('bold' in part) return part.bold;
  if ('italic' in part) return part.italic;
  return part.code;
}

export function replyToPlainText(reply: Reply): string {
  return reply.blocks.map((block) => ('pre' in block ? block.pre : block.line.map(inlinePlain).join(''))).join('\n');
}
