import { createHash } from 'node:crypto';

// Telegram keeps every photo it was sent and names it by a file_id; sending that id again shows the
// same picture without uploading it (a chart is 50–250 KB; a meeting asks the same scenario again,
// and a digest sends one chart to every subscriber). Pictures are known by their bytes' hash, so a
// chart drawn again, or read back from the outbox, is known too.

/** How many pictures' ids are kept (the most recently sent). */
const KEPT = 256;

export class UploadedPhotos {
  private readonly ids = new Map<string, string>();

  /** The file_id Telegram gave this picture, if it was sent before. */
  idOf(png: Buffer): string | undefined {
    const key = keyOf(png);
    const id = this.ids.get(key);
    if (id !== undefined) {
      this.ids.delete(key);
      this.ids.set(key, id);
    }
    return id;
  }

  remember(png: Buffer, fileId: string): void {
    const key = keyOf(png);
    this.ids.delete(key);
    if (this.ids.size >= KEPT) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(key, fileId);
  }

  /** Telegram refused the id (it may forget files): the next send uploads the bytes again. */
  forget(png: Buffer): void {
    this.ids.delete(keyOf(png));
  }
}

const keyOf = (png: Buffer): string => createHash('sha256').update(png).digest('base64');

/** The id of the largest size of a sent photo (Telegram answers with several sizes, smallest first). */
export function fileIdOfSentPhoto(sent: { photo?: readonly { file_id: string; width: number; height: number }[] }): string | undefined {
  let best: { file_id: string; width: number; height: number } | undefined;
  for (const size of sent.photo ?? []) if (!best || size.width * size.height > best.width * best.height) best = size;
  return best?.file_id;
}
