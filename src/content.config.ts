/**
 * All content collections. Each area defines its own in src/content/collections/ so that
 * features can be added without editing each other's files.
 */
import { assessmentCollections } from './content/collections/assessment';
import { frameworkCollections } from './content/collections/framework';

export const collections = {
	...frameworkCollections,
	...assessmentCollections,
};
