import { createHash } from 'node:crypto';

// Telegram keeps every photo it was sent and names it by a file_id; sending that id again shows the
// same picture without uploading it (a chart is 50–250 KB; a meeting asks the same scenario again,
// and a digest sends one chart to every subscriber). Pictures are known by their bytes' hash, so a
// chart drawn again, or read back from the outbox, is known too.

/** How many pictures' ids are kept (the most recently sent). */
const KEPT = 256;

export class UploadedPhotos {
  private readonly ids = new Map<string, string>();

  /** The picture's key: its bytes' hash, computed once per send. */
  keyOf(png: Buffer): string {
    return createHash('sha256').update(png).digest('base64');
  }

  /** The file_id Telegram gave the picture of this key, if it was sent before. */
  idOf(key: string): string | undefined {
    const id = this.ids.get(key);
    if (id !== undefined) {
      this.ids.delete(key);
      this.ids.set(key, id);
    }
    return id;
  }

  remember(key: string, fileId: string): void {
    this.ids.delete(key);
    if (this.ids.size >= KEPT) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(key, fileId);
  }

  /** Telegram refused the id (it may forget files): the next send uploads the bytes again. */
  forget(key: string): void {
    this.ids.delete(key);
  }
}

/** The id of the largest size of a sent photo (Telegram answers with several sizes, smallest first). */
export function fileIdOfSentPhoto(sent: { photo?: readonly { file_id: string; width: number; height: number }[] }): string | undefined {
  let best: { file_id: string; width: number; height: number } | undefined;
  for (const size of sent.photo ?? []) if (!best || size.width * size.height > best.width * best.height) best = size;
  return best?.file_id;
}
