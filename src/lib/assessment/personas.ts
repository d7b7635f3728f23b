/**
 * Personas as answer sets: each practice answered with the value the persona gives its level
 * (or the practice itself), turned into the highest option of the practice's scale that does not
 * exceed it, so a persona never claims more on a coarse scale than it means.
 */
import type { Persona, PersonaValue } from '../../schemas/assessment';
import { allPractices, inScope, optionAtMost, type Answer, type Answers, type Model } from './model';

export type { Persona };

export function personaAnswers(model: Model, persona: Persona): Answers {
	const answers: Answers = {};
	for (const { practice, dimension } of allPractices(model)) {
		if (!inScope(practice, persona.context)) continue;
		const byLevel = persona.dimensions?.[dimension.id] ?? persona.levels;
		const value: PersonaValue = persona.practices?.[practice.id] ?? byLevel[practice.level as 2 | 3 | 4 | 5];
		answers[practice.id] = toAnswer(model, practice.answerScale, value, Boolean(practice.notApplicableWhen));
	}
	return answers;
}

function toAnswer(model: Model, scale: keyof Model['meta']['scales'], value: PersonaValue, offersNotApplicable: boolean): Answer {
	if (value === 'dont-know') return 'dont-know';
	if (value === 'not-applicable') return offersNotApplicable ? 'not-applicable' : 0;
	return optionAtMost(model, scale, value);
}
