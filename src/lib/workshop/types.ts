/** Plain, serialisable shapes of the curriculum that pages pass to pure functions and islands. */
import type { BreakRules } from '../../schemas/workshop';

export type ModuleSummary = {
	id: string;
	title: string;
	description: string;
	order: number;
	dimensions: string[];
	levels: number[];
	teachingMinutes: number;
	exerciseMinutes: number;
	prerequisites: string[];
	objectives: string[];
};

export type PathSummary = {
	id: string;
	title: string;
	scale: string;
	length: string;
	modules: string[];
	newDayBefore: string[];
	start: string;
	breaks: BreakRules;
};
