/**
 * What a replace of saved data said, shown where the person acted (start over, keep as my own,
 * start a new history, restore): the question when the backups list is full, with a download of
 * what would go, or why nothing was replaced. Renders nothing for a replace that happened.
 */
import { backupFileName, MAX_BACKUPS, type Backup } from '../../lib/assessment/backups';
import { BACKUPS_TEXT as T } from '../../lib/assessment/messages';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import type { RestoreOutcome } from '../../stores/backups';
import { downloadText } from '../download';

type Props = { outcome: RestoreOutcome | null; onGoOn: () => void; onCancel: () => void };

export const when = (iso: string) => new Date(iso).toLocaleString();

export default function ReplaceNote({ outcome, onGoOn, onCancel }: Props) {
	if (!outcome || outcome.ok) return null;
	if (outcome.why === 'full') {
		const download = () => outcome.drop.forEach((b: Backup) => downloadText(backupFileName(b), b.raw));
		return (
			<div class="alert" role="alert">
				<p>{T.full(MAX_BACKUPS, outcome.drop.length)}</p>
				<ul>
					{outcome.drop.map((b) => (
						<li key={b.id}>{T.fullItem(T.kind[b.of], when(b.setAsideAt))}</li>
					))}
				</ul>
				<div class="actions">
					<button type="button" onClick={download}>
						{T.downloadOldest(outcome.drop.length)}
					</button>
					<button type="button" class="primary" onClick={onGoOn}>
						{T.dropAndGoOn}
					</button>
					<button type="button" onClick={onCancel}>
						{T.cancel}
					</button>
				</div>
			</div>
		);
	}
	const text =
		outcome.why === 'not-restorable'
			? T.notRestorable(outcome.detail)
			: outcome.why === 'too-large'
				? T.tooLarge
				: outcome.why === 'unreadable'
					? T.unreadableList
					: outcome.why === 'gone'
						? T.gone
						: T.saveFailed;
	return (
		<p class="alert" role="alert">
			{text}
			{outcome.why === 'unreadable' && (
				<>
					{' '}
					<a href={href(routes.assessment.backups)}>{T.link}</a>
				</>
			)}
		</p>
	);
}
