/** Collections for the workshop curriculum (issue 6). */
export const workshopCollections = {};
