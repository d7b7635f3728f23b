/**
 * All content collections. Each area defines its own in src/content/collections/ so that
 * features can be added without editing each other's files.
 */
import { assessmentCollections } from './content/collections/assessment';
import { frameworkCollections } from './content/collections/framework';
import { libraryCollections } from './content/collections/library';
import { sourcesCollections } from './content/collections/sources';
import { workshopCollections } from './content/collections/workshop';

export const collections = {
	...frameworkCollections,
	...sourcesCollections,
	...assessmentCollections,
	...libraryCollections,
	...workshopCollections,
};
