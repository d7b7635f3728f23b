import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AGENDA_TEXT } from './messages';

/** Three or more words in a row: the shape of a sentence or label rather than an id or class name. */
const WORDS = /[A-Za-z']+ +[A-Za-z']+ +[A-Za-z']+/;

/** JSX text nodes and string or template literals of a TSX/TS source (comments are not nodes, so they are skipped). */
export function inlineEnglish(source: string): string[] {
	const file = ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		let text: string | undefined;
		if (ts.isJsxText(node)) text = node.text;
		else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
		else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
		if (text !== undefined && WORDS.test(text)) found.push(text.trim());
		if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
		else node.templateSpans.forEach((s) => visit(s.expression));
	};
	visit(file);
	return found;
}

describe('agenda wording lives in AGENDA_TEXT', () => {
	it.each(['src/components/workshop/AgendaBuilder.tsx', 'src/stores/agenda.ts'])('%s has no inline English', (file) => {
		expect(inlineEnglish(readFileSync(file, 'utf8'))).toEqual([]);
	});

	it('finds inline English when there is some (the scan is not blind)', () => {
		expect(inlineEnglish(`<p>No sessions yet.</p>`)).toEqual(['No sessions yet.']);
		expect(inlineEnglish(`set('Added a new day.');`)).toEqual(['Added a new day.']);
		expect(inlineEnglish('const a = <b aria-label={`Move it up: ${title}`} />;')).toEqual(['Move it up:']);
		expect(inlineEnglish(`// a comment with words\nconst id = 'add-module';`)).toEqual([]);
	});

	it('keeps the wording the end-to-end tests match', () => {
		expect(AGENDA_TEXT.moveUpLabel('Intro')).toBe('Move up: Intro');
		expect(AGENDA_TEXT.moved('Intro', 2, 3)).toBe('Moved “Intro” to position 2 of 3.');
		expect(AGENDA_TEXT.newDay).toBe('New day');
	});
});
