/**
 * Everything that reads assessments from outside the page's own code: saved progress, the
 * history, its backups, result files and pasted links. These carry the zod schemas (about a third of an
 * island's script), so the store loads this module on demand: a first visit with nothing saved
 * never downloads or runs it, and the page stays quick on slow phones.
 */
import { PAST_MODELS, type PastModel } from './migrations';
import type { Model } from './model';
import { decodeResultFile } from './result-import';
import { decodeShare } from './share';
import type { Decoded, SharedAssessment } from './shared';

export { holdsNothing, parseBackups, readBackup } from './backups-reader';
export { parseHistory, parseHistoryJson } from './history-reader';
export { decodeResultFile, decodeResultJson } from './result-import';
export { parseSaved } from './saved-reader';
export { decodeTeamSession } from './team-reader';

/** One pasted or dropped item (see input.ts): a result file's JSON, or a share link. */
export function decodeInput(text: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const t = text.trimStart();
	return t.startsWith('{') || t.startsWith('[') ? decodeResultFile(text, model, past) : decodeShare(text, model, past);
}
