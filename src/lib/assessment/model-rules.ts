/**
 * The authoring rules of the assessment model (src/content/assessment/README.md) as pure checks.
 * Each returns problems naming the dimension, practice and rule; an empty list means the model
 * keeps the rule. tests/assessment-model.test.ts runs them on the real model.
 */
import { AUDIENCE_IDS, SCOPE_IDS, type AudienceId, type ScaleId, type ScopeId } from '../../schemas/ids';
import { allPractices, inScope, quickFor, summaryFor, wordingFor, type Context, type Model, type Practice } from './model';

/** The scales each audience usually works at: density is checked for these pairs. */
export const NATURAL_SCALES: Record<AudienceId, ScaleId[]> = {
	families: ['household'],
	creators: ['personal', 'team'],
	'platform-teams': ['personal', 'team', 'organization'],
	enterprises: ['organization', 'institutional'],
};

/** The most questions a household using chat assistants is asked. */
export const HOUSEHOLD_CHAT_MAX = 30;
export const HOUSEHOLD_CHAT: Context = { scale: 'household', audience: 'families', scopes: ['chat'] };

/** Engineering words a household never reads. */
export const ENGINEERING_WORDS =
	/\b(git|github|gitlab|ci|cd|ci\/cd|apis?|gateways?|traces?|tracing|tokens?|repositor(?:y|ies)|pull requests?|merge requests?|commits?|pre-commit|deploy\w*|yaml|json|mcp|endpoints?|sdks?|containers?|docker|kubernetes|clusters?|staging|latency|virtual keys?)\b/i;
/** Household words no other audience reads. */
export const HOUSEHOLD_WORDS = /\b(family|families|household|households|kids|child|children|parents?)\b/i;

const withoutParentheses = (s: string) => s.replace(/\([^)]*\)/g, '');
const name = (dimensionId: string, p: Practice) => `${dimensionId}/${p.id}`;

/** A statement names one control: no "and"/"or" outside parentheses, no "we/our/us". */
export function statementProblems(model: Model): string[] {
	const problems: string[] = [];
	for (const { practice, dimension } of allPractices(model)) {
		const statements = [
			['default', practice.statement],
			...Object.entries(practice.tracks ?? {}).flatMap(([a, t]) => (t.statement ? [[a, t.statement]] : [])),
		];
		for (const [where, text] of statements) {
			const bare = withoutParentheses(text!);
			if (/\b(and|or)\b|&|\/or\b/i.test(bare))
				problems.push(`${name(dimension.id, practice)} (${where}): the statement joins conditions with "and"/"or": "${text}"`);
			if (/\b(we|our|us|ours)\b/i.test(text!)) problems.push(`${name(dimension.id, practice)} (${where}): the statement says we/our/us`);
		}
	}
	return problems;
}

/** Coverage needs something countable to cover; a single fact gets the fact scale. */
export function scaleProblems(model: Model): string[] {
	const problems: string[] = [];
	for (const { practice, dimension } of allPractices(model)) {
		if (practice.answerScale === 'coverage') {
			if (!practice.over) problems.push(`${name(dimension.id, practice)}: a coverage scale needs "over" (what is counted)`);
			if (/^\s*(there is|there's|a|an|one|the)\b/i.test(practice.statement) && !/\b(every|each|all)\b/i.test(practice.statement)) {
				problems.push(`${name(dimension.id, practice)}: a coverage scale on a statement about a single fact: "${practice.statement}"`);
			}
		} else if (practice.over) problems.push(`${name(dimension.id, practice)}: "over" is only for the coverage scale`);
	}
	return problems;
}

/** Each audience reads only its own words: practices, dimension summaries and quick-check questions. */
export function vocabularyProblems(model: Model): string[] {
	const problems: string[] = [];
	for (const dimension of model.dimensions) {
		for (const audience of AUDIENCE_IDS) {
			const forbidden = audience === 'families' ? ENGINEERING_WORDS : HOUSEHOLD_WORDS;
			const quick = quickFor(dimension, audience);
			for (const [field, value] of [
				['summary', summaryFor(dimension, audience)],
				['quick question', quick.question],
				...quick.options.map((o, i) => [`quick option ${i + 1}`, o]),
			] as const) {
				const hit = forbidden.exec(value);
				if (hit) problems.push(`${dimension.id}: ${audience} read "${hit[0]}" in the ${field}`);
			}
		}
	}
	for (const { practice, dimension } of allPractices(model)) {
		for (const audience of AUDIENCE_IDS) {
			if (practice.audiences && !practice.audiences.includes(audience)) continue;
			const tools = practice.tools?.[audience];
			const text = [...Object.entries(wordingFor(practice, audience)), ...(tools ? [['tools', tools] as const] : [])];
			const forbidden = audience === 'families' ? ENGINEERING_WORDS : HOUSEHOLD_WORDS;
			for (const [field, value] of text) {
				const hit = forbidden.exec(value);
				if (hit) problems.push(`${name(dimension.id, practice)}: ${audience} read "${hit[0]}" in ${field}`);
			}
		}
	}
	return problems;
}

/** Levels counted for a context: how many applicable practices each level 2–5 has. */
export function practicesPerLevel(dimension: Model['dimensions'][number], context: Context): number[] {
	const counts = [0, 0, 0, 0];
	for (const p of dimension.practices) if (inScope(p, context)) counts[p.level - 2]!++;
	return counts;
}

const ALL_SCOPES: ScopeId[] = [...SCOPE_IDS];

/**
 * Density: for every audience at its natural scales with all scopes, and for a household using
 * chat, each level 2–5 that applies has at least two practices. Engineering audiences with all
 * scopes see every level 2–5 in every dimension.
 */
export function densityProblems(model: Model): string[] {
	const problems: string[] = [];
	const contexts: Context[] = [
		...AUDIENCE_IDS.flatMap((audience) => NATURAL_SCALES[audience].map((scale) => ({ scale, audience, scopes: ALL_SCOPES }))),
		HOUSEHOLD_CHAT,
	];
	for (const context of contexts) {
		for (const dimension of model.dimensions) {
			const counts = practicesPerLevel(dimension, context);
			const where = `${dimension.id} for ${context.audience} at ${context.scale} scale, scopes ${context.scopes.join('+')}`;
			counts.forEach((n, i) => {
				if (n === 1) problems.push(`${where}: level ${i + 2} has one practice (needs two or none)`);
			});
			const engineering = context.audience === 'platform-teams' || context.audience === 'enterprises';
			if (engineering && context.scopes.length === 3 && context.scale !== 'personal') {
				counts.forEach((n, i) => {
					if (n < 2) problems.push(`${where}: level ${i + 2} has ${n} practices (needs two)`);
				});
			}
		}
	}
	return problems;
}

/** The number of questions a context is asked in all. */
export const questionCount = (model: Model, context: Context): number =>
	allPractices(model).filter(({ practice }) => inScope(practice, context)).length;

export function householdProblems(model: Model): string[] {
	const n = questionCount(model, HOUSEHOLD_CHAT);
	return n > HOUSEHOLD_CHAT_MAX ? [`a household using chat assistants is asked ${n} questions (at most ${HOUSEHOLD_CHAT_MAX})`] : [];
}

/** References: satisfiedBy and dependsOn name existing practices; no cycles; equivalents at other levels. */
export function referenceProblems(model: Model): string[] {
	const problems: string[] = [];
	const byId = new Map(allPractices(model).map(({ practice, dimension }) => [practice.id, { practice, dimension }]));
	const satisfiesAtLevel = new Map<string, Set<number>>();
	for (const { practice, dimension } of allPractices(model)) {
		for (const id of practice.satisfiedBy ?? []) {
			const other = byId.get(id);
			if (!other) problems.push(`${name(dimension.id, practice)}: satisfiedBy names unknown practice "${id}"`);
			else if (other.practice.level === practice.level)
				problems.push(`${name(dimension.id, practice)}: satisfiedBy "${id}" is at the same level`);
			else {
				const levels = satisfiesAtLevel.get(id) ?? new Set<number>();
				if (levels.has(practice.level)) problems.push(`"${id}" satisfies two practices at level ${practice.level}`);
				levels.add(practice.level);
				satisfiesAtLevel.set(id, levels);
			}
		}
		for (const id of practice.dependsOn ?? [])
			if (!byId.has(id)) problems.push(`${name(dimension.id, practice)}: dependsOn names unknown practice "${id}"`);
	}
	// Cycles in dependsOn, by depth-first search.
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (id: string, path: string[]): void => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			problems.push(`dependsOn cycle: ${[...path, id].join(' → ')}`);
			return;
		}
		state.set(id, 'visiting');
		for (const next of byId.get(id)?.practice.dependsOn ?? []) if (byId.has(next)) visit(next, [...path, id]);
		state.set(id, 'done');
	};
	for (const id of byId.keys()) visit(id, []);
	return problems;
}

/** Critical controls come before autonomy (level 3 at the latest), one per level of a dimension. */
export function criticalProblems(model: Model): string[] {
	const problems: string[] = [];
	for (const dimension of model.dimensions) {
		const critical = dimension.practices.filter((p) => p.critical);
		for (const p of critical)
			if (p.level > 3)
				problems.push(
					`${name(dimension.id, p)}: a critical control at level ${p.level} (it must come before agents act on their own: level 3 at the latest)`,
				);
		for (const level of new Set(critical.map((p) => p.level)))
			if (critical.filter((p) => p.level === level).length > 1)
				problems.push(`${dimension.id}: more than one critical practice at level ${level}`);
	}
	return problems;
}

/** Every problem of every rule. */
export function modelProblems(model: Model): string[] {
	return [
		...statementProblems(model),
		...scaleProblems(model),
		...vocabularyProblems(model),
		...densityProblems(model),
		...householdProblems(model),
		...referenceProblems(model),
		...criticalProblems(model),
	];
}
