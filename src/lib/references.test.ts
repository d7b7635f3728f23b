import { describe, expect, it } from 'vitest';
import { danglingReferences, describeDangling, referencesIn, valuesAt } from './references';

const known = new Map([
	['patterns', new Set(['observability', 'config-as-code'])],
	['sources', new Set(['owasp-llm'])],
	['practices', new Set(['ir-kill-switch'])],
]);
const plain = [
	{ collection: 'caseStudies', field: 'sources[]', to: 'sources' },
	{ collection: 'caseStudies', field: 'caughtBy.practices[].id', to: 'practices' },
];

describe('referencesIn', () => {
	it('finds reference() values at any depth, with their dotted field', () => {
		const data = {
			patterns: [{ collection: 'patterns', id: 'observability' }],
			levels: [{ dimension: { collection: 'dimensions', id: 'x' }, from: 1 }],
			when: new Date(0),
		};
		expect(referencesIn(data)).toEqual([
			{ field: 'patterns', collection: 'patterns', id: 'observability' },
			{ field: 'levels.dimension', collection: 'dimensions', id: 'x' },
		]);
	});
	it('does not take an object with more keys for a reference', () => {
		expect(referencesIn({ a: { collection: 'patterns', id: 'x', title: 'T' } })).toEqual([]);
	});
});

describe('valuesAt', () => {
	it('walks arrays marked [] and skips missing steps', () => {
		expect(valuesAt({ caughtBy: { practices: [{ id: 'a' }, { id: 'b' }] } }, 'caughtBy.practices[].id')).toEqual(['a', 'b']);
		expect(valuesAt({}, 'caughtBy.practices[].id')).toEqual([]);
	});
});

describe('danglingReferences', () => {
	it('reports each reference and plain id that names nothing, with file and field', () => {
		const entries = [
			{
				collection: 'steps',
				id: 'one',
				filePath: 'src/content/steps/one.md',
				data: {
					patterns: [
						{ collection: 'patterns', id: 'observability' },
						{ collection: 'patterns', id: 'gone' },
					],
				},
			},
			{
				collection: 'caseStudies',
				id: 'c',
				filePath: 'src/content/case-studies/c.md',
				data: { sources: ['owasp-llm', 'nope'], caughtBy: { practices: [{ id: 'ir-kill-switch' }, { id: 'ir-missing' }] } },
			},
		];
		const found = danglingReferences(entries, known, plain);
		expect(found).toEqual([
			{ file: 'src/content/steps/one.md', field: 'patterns', to: 'patterns', id: 'gone' },
			{ file: 'src/content/case-studies/c.md', field: 'sources[]', to: 'sources', id: 'nope' },
			{ file: 'src/content/case-studies/c.md', field: 'caughtBy.practices[].id', to: 'practices', id: 'ir-missing' },
		]);
		expect(describeDangling(found)).toContain('src/content/steps/one.md: field "patterns" points to patterns/gone, which does not exist.');
	});
	it('is empty when everything resolves', () => {
		expect(
			danglingReferences(
				[{ collection: 'steps', id: 'a', data: { patterns: [{ collection: 'patterns', id: 'config-as-code' }] } }],
				known,
				plain,
			),
		).toEqual([]);
	});
});
