/**
 * The formats the site publishes validate against the JSON Schemas it publishes beside them
 * (checked with Ajv, a JSON Schema validator independent of the zod schemas they are made from):
 * the model file, its changelog, and a result file made by the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from './dist';

const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

describe('published JSON Schemas', () => {
	requireBuild();
	const ajv = new Ajv2020({ allErrors: true, strict: false });

	it('the model file validates against the model schema', () => {
		const validate = ajv.compile(read('assessment/model.schema.json'));
		const model = read('assessment/model.json');
		expect(validate(model), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		// And the schema is strict enough to refuse a broken copy.
		expect(validate({ ...model, dimensions: [{ ...model.dimensions[0], practices: [{ id: 'x' }] }] })).toBe(false);
	});

	it('the model changelog validates against the changelog schema and covers the published model', () => {
		const validate = ajv.compile(read('assessment/model/changelog.schema.json'));
		const changelog = read('assessment/model/changelog.json');
		expect(validate(changelog), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(changelog.currentVersion).toBe(read('assessment/model.json').modelVersion);
		expect(changelog.versions[0].version).toBe(changelog.currentVersion);
		// Refused: an entry without its changes, or a day that is not YYYY-MM-DD.
		expect(validate({ ...changelog, versions: [{ ...changelog.versions[0], changes: undefined }] })).toBe(false);
		expect(validate({ ...changelog, versions: [{ ...changelog.versions[0], date: '2 December 2026' }] })).toBe(false);
	});

	it('a result file validates against the result schema', () => {
		const validate = ajv.compile(read('assessment/result.schema.json'));
		const file = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'v1', 'result-file.json'), 'utf8'));
		expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(validate({ ...file, answers: 'none' })).toBe(false);
		// The optional name or role, bounded like the team view's labels.
		expect(validate({ ...file, respondent: 'Tech lead' }), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(validate({ ...file, respondent: 'x'.repeat(61) })).toBe(false);
	});
});
